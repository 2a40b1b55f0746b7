import { analyseCanvas } from '../canvas/analyse';
import { tagLabel } from '../estimate/compare';
import { evaluatePad } from '../estimate/evaluate';
import { itemsOf } from '../notes/apply';
import type { NoteBody, NoteItem, NoteList } from '../notes/item';
import type { PhaseKind } from '../schemas/prompt';
import { activeMsAt } from '../session/clock';
import { LEVEL_LABEL } from '../session/level';
import type { SessionState } from '../session/state';
import { cell, code, inline, paragraphs } from './escape';

/**
 * The candidate's own design as a Markdown document: what they wrote in each phase, in the
 * order a design doc reads. Only their work goes in (notes, pad, diagram, questions and the
 * replies they got); the prompt's reference outline and hidden figures never do.
 */

/** How the diagram travels with the document, as files beside it. */
export type DiagramLink =
  /** Rendered images (the zip from the app). */
  | { kind: 'images'; svg: string; png?: string }
  /** The Excalidraw scene (the command line, which has no renderer). */
  | { kind: 'scene'; file: string };

export type DesignDocInput = {
  state: SessionState;
  /** The prompt's brief as the candidate saw it; left out when the prompt is no longer known. */
  brief?: string;
  /** Absent when the diagram is not shipped with the document (or there is none). */
  diagram?: DiagramLink;
};

type Section = { title: string; blocks: string[] };

export function designDocument({ state, brief, diagram }: DesignDocInput): string {
  const notes = phaseNotes(state);
  const sections: Section[] = [
    { title: 'The problem', blocks: brief ? paragraphs(brief, false).map((p) => `> ${p}`) : [] },
    { title: 'Requirements', blocks: [...requirements(state), ...notes.of('clarify')] },
    { title: 'Estimates', blocks: [...estimates(state), ...notes.of('estimate')] },
    { title: 'API', blocks: [...api(state.items), ...notes.of('api')] },
    { title: 'Data model', blocks: [...dataModel(state.items), ...notes.of('data')] },
    // Always shown: a design doc without a picture says so rather than leaving the reader to wonder.
    { title: 'High-level design', blocks: [...highLevel(state, diagram), ...notes.of('high-level')] },
    { title: 'Deep dive', blocks: [...deepDive(state.items), ...notes.of('deep-dive')] },
    { title: 'Bottlenecks', blocks: [...bottlenecks(state.items), ...notes.of('bottlenecks')] },
    { title: 'Trade-offs', blocks: [...tradeoffs(state.items), ...notes.of('tradeoffs')] },
    { title: 'Risks', blocks: bullets(textsOf(state.items, 'risk')) },
    { title: 'Open questions', blocks: bullets(textsOf(state.items, 'open-question')) },
    { title: 'Other notes', blocks: notes.unplaced },
  ];
  const body = sections.filter((s) => s.blocks.length > 0).flatMap((s) => [`## ${s.title}`, ...s.blocks]);
  return `${[`# ${inline(state.prompt.title) || 'Untitled design'}`, header(state), ...body].join('\n\n')}\n`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "5 January 2026", in the local calendar of whoever exports. */
function documentDate(ms: number): string {
  const d = new Date(ms);
  return `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}`;
}

function header(state: SessionState): string {
  const planned = state.phases.reduce((sum, p) => sum + p.plannedMs, 0);
  const status = state.status === 'ended' ? '' : ` (the session had not ended: it is ${state.status})`;
  return [
    `- **Date:** ${documentDate(state.startedAt ?? state.createdAt)}`,
    `- **Level:** ${LEVEL_LABEL[state.level]}`,
    `- **Time:** ${minutes(activeMsAt(state, state.lastAt))} of ${minutes(planned)} planned${status}`,
    `- **Plan:** ${inline(state.plan.name)}`,
  ].join('\n');
}

function minutes(ms: number): string {
  return `${Math.round(ms / 60_000)} min`;
}

type Filled<L extends NoteList> = Extract<NoteBody, { list: L }>;

/** Fields chosen from a menu: a row with only these set was added and never typed into. */
const CHOSEN = new Set(['list', 'scale', 'quality', 'store', 'main']);

/** The items of a list that have anything typed in them: a row added and left blank says nothing. */
function filled<L extends NoteList>(items: readonly NoteItem[], list: L): Filled<L>[] {
  return itemsOf(items, list)
    .map((i) => i.body)
    .filter((body) => Object.entries(body).some(([key, v]) => !CHOSEN.has(key) && typeof v === 'string' && v.trim() !== ''));
}

function textsOf(items: readonly NoteItem[], list: 'functional' | 'out-of-scope' | 'assumption' | 'narrative' | 'risk' | 'open-question'): string[] {
  return filled(items, list).map((b) => b.text);
}

function bullets(texts: readonly string[]): string[] {
  return texts.length === 0 ? [] : [texts.map((t) => `- ${inline(t)}`).join('\n')];
}

function subsection(title: string, blocks: string[]): string[] {
  return blocks.length === 0 ? [] : [`### ${title}`, ...blocks];
}

function requirements(state: SessionState): string[] {
  const nonFunctional = filled(state.items, 'non-functional').map((b) =>
    b.quality ? `- **${capitalise(b.quality)}:** ${inline(b.text)}` : `- ${inline(b.text)}`,
  );
  const partnerQuestions = filled(state.items, 'question').map((b) => `- **Q:** ${inline(b.text)}`);
  // A reply goes on its own line inside the item, so question and answer read as a pair.
  const asked = state.questions.map((q) => `- **Q:** ${inline(q.question)}\\\n  **A:** ${inline(q.reply)}`);
  return [
    ...subsection('Functional', bullets(textsOf(state.items, 'functional'))),
    ...subsection('Non-functional', nonFunctional.length > 0 ? [nonFunctional.join('\n')] : []),
    ...subsection('Out of scope', bullets(textsOf(state.items, 'out-of-scope'))),
    ...subsection('Assumptions', bullets(textsOf(state.items, 'assumption'))),
    ...subsection('Clarifications', [...partnerQuestions, ...asked].length > 0 ? [[...partnerQuestions, ...asked].join('\n')] : []),
  ];
}

/**
 * Each pad line as written with what it came to; each conclusion under the last line it
 * rests on, so the reader sees the number and what it decided together.
 */
function estimates(state: SessionState): string[] {
  const { lines, conclusions } = state.scratchpad;
  const results = evaluatePad(lines);
  const index = new Map(lines.map((l, i) => [l.id, i]));
  const under = new Map<number, string[]>();
  const loose: string[] = [];
  for (const c of conclusions) {
    if (c.text.trim() === '') continue;
    const anchors = c.lineIds.map((id) => index.get(id)).filter((i): i is number => i !== undefined);
    if (anchors.length === 0) loose.push(c.text);
    else under.set(Math.max(...anchors), [...(under.get(Math.max(...anchors)) ?? []), c.text]);
  }
  const rows = lines.flatMap((line, i) => {
    const result = results[i];
    if (!result || result.kind === 'blank') return [];
    let row = `- ${code(line.text)}`;
    if (result.kind === 'value') {
      const tag = result.tag ? ` (${tagLabel(result.tag)})` : '';
      row += ` → **${inline(result.quantity.display)}**${tag}`;
    } else if (result.kind === 'error') {
      row += ` → *not worked out: ${inline(result.message)}*`;
    }
    return [row, ...(under.get(i) ?? []).map((text) => `  - **Conclusion:** ${inline(text)}`)];
  });
  return [
    ...(rows.length > 0 ? [rows.join('\n')] : []),
    ...(loose.length > 0 ? ['**Conclusions**', loose.map((t) => `- ${inline(t)}`).join('\n')] : []),
  ];
}

function table(head: readonly string[], rows: readonly string[][]): string[] {
  if (rows.length === 0) return [];
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [[line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n')];
}

function api(items: readonly NoteItem[]): string[] {
  const operations = filled(items, 'operation');
  const rows = table(
    ['Operation', 'Purpose', 'Main path'],
    operations.map((o) => [o.signature.trim() ? code(o.signature, true) : '—', cell(o.purpose), o.main ? '**yes**' : 'no']),
  );
  return rows;
}

function dataModel(items: readonly NoteItem[]): string[] {
  return table(
    ['Entity', 'Key fields', 'Store', 'Why'],
    filled(items, 'entity').map((e) => [cell(e.name), e.fields.trim() ? code(e.fields, true) : '—', e.store ?? '—', cell(e.why)]),
  );
}

function highLevel(state: SessionState, diagram: DiagramLink | undefined): string[] {
  const narrative = textsOf(state.items, 'narrative');
  const steps = narrative.length > 0 ? [narrative.map((t, i) => `${i + 1}. ${inline(t)}`).join('\n')] : [];
  const analysis = analyseCanvas(state.canvas);
  const drawn = analysis.components.length > 0 || analysis.connections.length > 0 || analysis.annotations.length > 0;
  if (!drawn) return [...steps, '*No diagram was drawn in this session.*'];
  return [...steps, ...diagramBlocks(diagram), ...diagramText(analysis)];
}

function diagramBlocks(diagram: DiagramLink | undefined): string[] {
  if (!diagram) return ['*The diagram is kept in the session and not included with this document.*'];
  if (diagram.kind === 'scene') {
    return [`The diagram is in [${inline(diagram.file)}](${href(diagram.file)}), an Excalidraw file: open it in Excalidraw or at excalidraw.com.`];
  }
  const image = `![Diagram of the high-level design](${href(diagram.svg)})`;
  return diagram.png ? [image, `Also as a PNG image: [${inline(diagram.png)}](${href(diagram.png)}).`] : [image];
}

/** The diagram in words too: for a reader without the image, and for searching the text. */
function diagramText(analysis: ReturnType<typeof analyseCanvas>): string[] {
  const labelOf = new Map(analysis.components.map((c) => [c.id, c.label || 'unlabelled']));
  const components = analysis.components.filter((c) => c.label !== '').map((c) => inline(c.label));
  const arrows = analysis.connections.map((c) => {
    const sign = c.direction === 'forward' ? '→' : c.direction === 'both' ? '↔' : '—';
    const label = c.label ? ` (${inline(c.label)})` : '';
    return `- ${inline(labelOf.get(c.from) ?? '?')} ${sign} ${inline(labelOf.get(c.to) ?? '?')}${label}`;
  });
  return [
    ...(components.length > 0 ? [`**Components drawn:** ${components.join(', ')}.`] : []),
    ...(arrows.length > 0 ? ['**Connections:**', arrows.join('\n')] : []),
  ];
}

/** A link target beside the document; spaces and brackets would end or break it. */
function href(file: string): string {
  return encodeURI(file).replace(/\(/g, '%28').replace(/\)/g, '%29');
}

function deepDive(items: readonly NoteItem[]): string[] {
  const rows = filled(items, 'deep-dive').map((d) =>
    d.component.trim() ? `- **${inline(d.component)}:** ${inline(d.decision) || '*no decision written*'}` : `- ${inline(d.decision)}`,
  );
  return rows.length > 0 ? [rows.join('\n')] : [];
}

function bottlenecks(items: readonly NoteItem[]): string[] {
  const all = filled(items, 'bottleneck');
  // 10x before 100x: what breaks first comes first; within a scale, in the order written.
  const ordered = [...all.filter((b) => b.scale === '10x'), ...all.filter((b) => b.scale === '100x')];
  return table(
    ['At', 'What breaks', 'Remedy'],
    ordered.map((b) => [b.scale, cell(b.what), cell(b.remedy, '*no remedy written*')]),
  );
}

/** Each trade-off as a short decision record: the reason is its context, the price its consequence. */
function tradeoffs(items: readonly NoteItem[]): string[] {
  const missing = '*not written*';
  return filled(items, 'tradeoff').flatMap((t) => [
    `### Decision: ${inline(t.chose) || 'not written'}`,
    [
      `- **Context (because):** ${inline(t.because) || missing}`,
      `- **Decision (chose):** ${inline(t.chose) || missing}`,
      `- **Consequences (gave up):** ${inline(t.gaveUp) || missing}`,
    ].join('\n'),
  ]);
}

/** The free text of each phase, under the section of its kind; a phase of no kind goes to "Other notes". */
function phaseNotes(state: SessionState): { of(kind: PhaseKind): string[]; unplaced: string[] } {
  const byKind = new Map<PhaseKind, string[]>();
  const unplaced: string[] = [];
  for (const phase of state.phases) {
    const text = paragraphs(state.notes[phase.id] ?? '');
    if (text.length === 0) continue;
    const blocks = [`### Notes from “${inline(phase.title)}”`, ...text];
    if (phase.kind) byKind.set(phase.kind, [...(byKind.get(phase.kind) ?? []), ...blocks]);
    else unplaced.push(...blocks);
  }
  return { of: (kind) => byKind.get(kind) ?? [], unplaced };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
