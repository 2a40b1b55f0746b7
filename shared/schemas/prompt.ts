import { z } from 'zod';
import { EstimateTag } from '../estimate/pad';
import { Quality, StoreKind } from '../notes/item';

/** The phase kinds of the default plan; prompts key their probes by these. */
export const PhaseKind = z.enum([
  'clarify',
  'estimate',
  'api',
  'data',
  'high-level',
  'deep-dive',
  'bottlenecks',
  'tradeoffs',
]);
export type PhaseKind = z.infer<typeof PhaseKind>;

export const PromptId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lowercase words joined by hyphens, e.g. "url-shortener"');

export const Difficulty = z.enum(['easy', 'medium', 'hard']);
export type Difficulty = z.infer<typeof Difficulty>;

const Text = z.string().trim().min(1, 'must not be empty');

/** What the interviewer says when the candidate asks something close to one of `asks`. */
export const ScriptedAnswer = z
  .object({
    topic: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(40, 'keep it to a few words, e.g. "daily viewers"')
      .optional()
      .describe('What the answer is about in 2-4 words, e.g. "daily viewers"; the interviewer names it when it asks which answer a question means.'),
    asks: z.array(Text).min(1).describe('Several phrasings of the question, as a candidate might ask it.'),
    answer: Text.describe('What the interviewer answers.'),
  })
  .strict();

/**
 * A figure the interviewer holds to be true. `value` is written in the estimation
 * pad's language (e.g. "10M/day", "500 B") so derived figures are computed, not typed.
 */
export const ReferenceFigure = z
  .object({
    name: Text.describe('What the figure is, e.g. "New links per day".'),
    value: Text.describe('The figure in the estimation language (docs/estimation.md), e.g. "10M/day" or "10M/day * 5 year * 500 B".'),
    note: z.string().optional().describe('A short explanation shown beside the figure.'),
    // Untagged figures are context only.
    estimate: EstimateTag.optional().describe("The pad estimate this figure is compared with after a session; leave it out for context only."),
    // So the outline's prose and the computed figure cannot drift apart.
    stated: z
      .string()
      .optional()
      .describe('For a derived value: the figure as the outline states it, e.g. "116/s". It must agree with `value` within 10 percent.'),
  })
  .strict();
export type ReferenceFigure = z.infer<typeof ReferenceFigure>;

export const ExpectedComponent = z
  .object({
    kind: Text.describe('The component a sound design includes, e.g. "cache".'),
    why: Text.describe('Why this design needs it.'),
    synonyms: z.array(Text).default([]).describe('Other names a candidate may use for it, e.g. "Redis", "memcached".'),
  })
  .strict();

/**
 * A trade-off a strong candidate names. Older prompt files give only the sentence; newer ones
 * also give its parts, so the rubric can tell which qualities move and why. Kept as written
 * (no transform) so a prompt snapshot reads back exactly; `tradeoffText` gives the sentence.
 */
export const StructuredTradeoff = z
  .object({
    text: Text.describe('The trade-off as one sentence: what was chosen over what, because of what, and its cost.'),
    chose: Text.describe('The option chosen, e.g. "separate queues per channel and priority".'),
    over: Text.describe('The option given up, e.g. "one shared queue".'),
    gains: z.array(Quality).min(1).describe('The qualities the choice improves.'),
    costs: z.array(Quality).min(1).describe('The qualities the choice gives up.'),
    because: Text.describe('The reason, naming a requirement or a number of this prompt.'),
  })
  .strict();
export type StructuredTradeoff = z.infer<typeof StructuredTradeoff>;

export const Tradeoff = z.union([Text, StructuredTradeoff]);
export type Tradeoff = z.infer<typeof Tradeoff>;

/** The sentence of a trade-off, whichever form the file gave. */
export function tradeoffText(t: Tradeoff): string {
  return typeof t === 'string' ? t : t.text;
}

/** A feature of the system; `core` marks the must-haves a sound answer cannot leave out. */
export const ReferenceFunctional = z
  .object({
    text: Text.describe('The feature as one short sentence, e.g. "Producers send a notification to a user from a template".'),
    core: z.boolean().default(false).describe('true for the 3-6 must-haves; leave it out for nice-to-haves.'),
  })
  .strict();

/** A non-functional target, in words and numbers. */
export const ReferenceQuality = z
  .object({
    quality: Quality.describe('Which quality the target is about, from the notes\' list.'),
    target: Text.describe('The target with its number, e.g. "critical notifications reach the provider within 2 s at p99".'),
  })
  .strict();

/** An operation of the API; `main` marks the busiest path. */
export const ReferenceOperation = z
  .object({
    signature: Text.describe('e.g. "POST /v1/notifications {userId, templateId, params} -> 202 {notificationId}".'),
    does: Text.describe('What the operation does, in one sentence.'),
    main: z.boolean().default(false).describe('true on the busiest path (at least one operation).'),
  })
  .strict();

/** A stored entity: its key fields, the store that suits it and why. */
export const ReferenceEntity = z
  .object({
    name: Text.describe('e.g. "Notification log".'),
    fields: z.array(Text).min(1).describe('Its key fields, e.g. [notification_id, user_id, status].'),
    key: Text.optional().describe('The field or fields it is looked up or partitioned by.'),
    store: StoreKind.describe('The store kind that suits it, from the data-model notes\' list.'),
    why: Text.describe('Why that store suits this entity\'s access pattern.'),
  })
  .strict();

/** What breaks first as load grows, and what fixes it. */
export const ReferenceBottleneck = z
  .object({
    what: Text.describe('What breaks, in a few words, e.g. "SMS provider limit at campaign peaks".'),
    breaks: Text.describe('The component or load that breaks, e.g. "external provider" or "database writes".'),
    figure: Text.optional().describe('The number that makes it break, e.g. "580/s at peak against a 500/s contract".'),
    remedies: z.array(Text).min(1).describe('Fitting remedies, each naming a known technique or component, e.g. "rate limiting in our own workers".'),
  })
  .strict();

/** What a strong senior candidate would produce for this prompt; the rubric and the scripted interviewer read it. */
export const PromptReference = z
  .object({
    functional: z.array(ReferenceFunctional).default([]).describe('The core features and the nice-to-haves.'),
    qualities: z.array(ReferenceQuality).default([]).describe('Non-functional targets with numbers.'),
    api: z.array(ReferenceOperation).default([]).describe('The API operations.'),
    entities: z.array(ReferenceEntity).default([]).describe('The stored entities.'),
    bottlenecks: z.array(ReferenceBottleneck).default([]).describe('What breaks first as load grows, with remedies.'),
    terms: z.array(Text).default([]).describe('Domain words a candidate who understood the prompt would use.'),
  })
  .strict();
export type PromptReference = z.infer<typeof PromptReference>;

/** The front matter of a prompt file. Unknown keys are errors so typos surface. */
export const PromptFrontMatter = z
  .object({
    id: PromptId.describe('Lowercase words joined by hyphens, unique in the library; the file is best named <id>.md.'),
    title: Text.describe('e.g. "Design a URL Shortener".'),
    difficulty: Difficulty,
    tags: z.array(Text).min(1).describe("Topics for the picker's filter, e.g. [caching, read-heavy]."),
    summary: Text.max(200, 'keep the summary under 200 characters').describe('One sentence for the picker, under 200 characters.'),
    brief: Text.describe('What the candidate sees at the start; keep the numbers out, so they have to ask.'),
    answers: z.array(ScriptedAnswer).default([]).describe('What the interviewer says when asked.'),
    figures: z.array(ReferenceFigure).default([]).describe('The numbers the interviewer holds to be true.'),
    components: z.array(ExpectedComponent).default([]).describe('What a sound design includes.'),
    tradeoffs: z
      .array(Tradeoff)
      .default([])
      .describe('Trade-offs a strong candidate names: a sentence, or an object with the sentence and its parts.'),
    deepDives: z.array(Text).default([]).describe('Topics worth going deep on, each with what a strong answer covers.'),
    probes: z.partialRecord(PhaseKind, z.array(Text)).default({}).describe('Questions the interviewer may ask, by phase.'),
    curveballs: z.array(Text).default([]).describe('A requirement change to spring mid-interview.'),
    reference: PromptReference.optional().describe('What a sound answer contains, for the rubric and the scripted interviewer. Prompts without it are judged by general knowledge only.'),
  })
  .strict();
export type PromptFrontMatter = z.infer<typeof PromptFrontMatter>;

/** A loaded prompt: front matter plus the Markdown body, the reference outline. */
export type Prompt = PromptFrontMatter & { outline: string; source: string };

/** What a list shows. Never carries the interviewer's hidden facts. */
export const PromptSummary = z.object({
  id: PromptId,
  title: z.string(),
  difficulty: Difficulty,
  tags: z.array(z.string()),
  summary: z.string(),
});
export type PromptSummary = z.infer<typeof PromptSummary>;

/** What the candidate's window may see of a prompt before and during a session. */
export const PromptBrief = PromptSummary.extend({ brief: z.string() });
export type PromptBrief = z.infer<typeof PromptBrief>;

/** A prompt file that could not be loaded, named precisely enough to fix it. */
export const PromptProblem = z.object({
  file: z.string(),
  line: z.number().int().positive().optional(),
  field: z.string().optional(),
  message: z.string(),
});
export type PromptProblem = z.infer<typeof PromptProblem>;

export function toSummary(p: PromptFrontMatter): PromptSummary {
  return { id: p.id, title: p.title, difficulty: p.difficulty, tags: p.tags, summary: p.summary };
}

export function toBrief(p: PromptFrontMatter): PromptBrief {
  return { ...toSummary(p), brief: p.brief };
}

/**
 * What one `prompt.import` takes, checked by the bridge on the Node side and said earlier,
 * per file, by the window. A file far beyond any real prompt; the total below what the
 * browser host reads in one request (64 MiB), with room for the JSON around it.
 */
export const PROMPT_IMPORT_LIMITS = { fileChars: 512 * 1024, files: 500, totalChars: 48 * 1024 * 1024, totalMiB: 48 } as const;
