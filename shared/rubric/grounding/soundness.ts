import type { PromptSnapshot } from '../../session/exportFile';

/**
 * Decisions a careful interviewer knows to be unsound, whatever words they come in: a deep dive
 * that states one confidently has looked at the part but decided it wrongly, and earns no credit
 * for the decision. Each names what it says, what would make it sound after all (the same text
 * saying how the problem is handled), when the prompt makes it wrong, and why, for the report.
 */
type Unsound = {
  says: RegExp;
  unless: RegExp;
  /** Whether this prompt's requirements make the decision wrong. */
  wrongFor: (prompt: PromptSnapshot) => boolean;
  reason: string;
};

const LAST_WRITER_WINS = /\b(?:last[- ]writ(?:e|er)[- ]wins?|lww|(?:newest|latest|last) (?:one|file|version|write|upload|copy) (?:wins|overwrites)|overwrites? the (?:old|older|previous|other) (?:one|file|version|copy))\b/i;

/** The prompt's own words: its brief, the interviewer's answers and the reference's requirements. */
function said(prompt: PromptSnapshot): string {
  const ref = prompt.reference;
  return [prompt.brief, ...prompt.answers.map((a) => a.answer), ...(ref?.qualities ?? []).map((q) => JSON.stringify(q)), ...(ref?.functional ?? []).map((f) => JSON.stringify(f))].join('\n');
}

/** Whether the prompt's own trade-offs choose this decision (a key-value store may take last-writer-wins on purpose). */
function referenceChooses(prompt: PromptSnapshot, pattern: RegExp): boolean {
  return prompt.tradeoffs.some((t) => pattern.test(typeof t === 'string' ? t.split(/\bover\b/i)[0]! : t.chose));
}

const UNSOUND: readonly Unsound[] = [
  {
    // Two devices edit the same thing while apart: keeping only the newer silently drops the other.
    says: LAST_WRITER_WINS,
    unless: /conflict(?:ed)? cop|keep (?:both|each)|merge|vector|crdt|operational transform|\bot\b|version check|conditional/i,
    wrongFor: (p) => /never (?:silently )?lose (?:any(?:one)?'?s? |an? |user'?s? )?(?:edit|change|update|write)/i.test(said(p)) && !referenceChooses(p, LAST_WRITER_WINS),
    reason: 'unsound: last writer wins silently drops one of two concurrent edits, and this design must never lose one (keep both as a conflicted copy, or merge by version)',
  },
  {
    // Every write for a popular name, type or day lands on one partition.
    says: /\b(?:partition(?:ed|ing)?(?: key)? (?:by|on|is|=) (?:the )?(?:metric name|name|type|status|country|date|day|hour|timestamp|time)\b|(?:metric name|name|type|status|date|day|timestamp) as (?:the )?partition key)/i,
    unless: /\+|\bplus\b|composite|series id|hash of (?:the )?(?:series|labels|id)|bucket|salt|and (?:the |its )?(?:labels?|series|hash|user|id)\b/i,
    wrongFor: () => true,
    reason: 'unsound: a partition key many writes share (a name, a type, a day) makes hot partitions; add what spreads them (the series, an id, a hash)',
  },
  {
    // Each instance reads the same due rows, so each item is handled once per instance.
    says: /\b(?:every|each|all(?: the)?) (?:scheduler|instance|node|worker|server|replica)s?\b[^.]*\b(?:select|poll|scan|quer(?:y|ies)|read)s?\b/i,
    unless: /lock|lease|skip locked|for update|partition|shard|leader|own(?:s|ed)? (?:a|its|their)|assigned|claim|conditional|compare|its own|range of|subset|hash/i,
    wrongFor: () => true,
    reason: 'unsound: every instance reads the same rows, so each item is handled once per instance; give each instance its own partitions (a lease) or claim rows with a conditional update',
  },
];

/** Why a decision is unsound for this prompt, or undefined when nothing known makes it so. */
export function unsoundness(text: string, prompt: PromptSnapshot): string | undefined {
  return UNSOUND.find((u) => u.says.test(text) && !u.unless.test(text) && u.wrongFor(prompt))?.reason;
}
