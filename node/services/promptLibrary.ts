import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LineCounter, isMap, isNode, isScalar, isSeq, parseDocument, type Document, type YAMLError } from 'yaml';
import { evaluateExpression, type Quantity } from '../../shared/estimate/evaluate';
import { checkReference } from '../../shared/reference/check';
import { PromptFrontMatter, type Prompt, type PromptProblem } from '../../shared/schemas/prompt';
import { messageOf } from '../../shared/errors';
import { isMissing } from './storeFs';

/**
 * `problems` are files that were not loaded; `warnings` are about prompts that did load: an
 * imported prompt whose reference falls short of the built-in prompts' minimums.
 */
export type PromptLibrary = { prompts: Prompt[]; problems: PromptProblem[]; warnings: PromptProblem[] };

/**
 * How a file is judged. A built-in prompt's reference must meet the minimums (an error skips
 * it); an imported prompt's shortfalls are warnings, so a person's own prompt still loads.
 */
export type CheckOptions = { builtin?: boolean };

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** A valid prompt with the line of its `id` (for problems about the id itself), or why the file is not one. */
type CheckedFile = { prompt: Prompt; idLine: number; warnings: PromptProblem[] } | { problems: PromptProblem[] };

/** How far a `stated` figure may be from what the engine derives from `value`. */
const STATED_TOLERANCE = 0.1;

/**
 * Parses one prompt file's text and checks its reference figures: every `value` must evaluate
 * in the estimation pad's language, and a `stated` figure must agree with it within 10 percent,
 * in the same dimension; then its `reference` (shared/reference/check.ts). Every problem names
 * the file, and the line and field where it can. The app's loader, import and `prompts check`
 * all use it, so they accept the same files.
 */
export function checkPromptFile(file: string, text: string, options: CheckOptions = {}): CheckedFile {
  const parsed = parseWithDoc(file, text);
  if (!('prompt' in parsed)) return parsed;
  const { prompt, doc, lineCounter } = parsed;
  const problems: PromptProblem[] = [];
  const at = (path: PropertyKey[]) => {
    const line = lineOf(doc, path, lineCounter);
    return line === undefined ? {} : { line: line + 1 };
  };
  prompt.figures.forEach((figure, i) => {
    const value = evaluateExpression(figure.value);
    if (!value.ok) {
      problems.push({ file, ...at(['figures', i, 'value']), field: `figures.${i}.value`, message: `"${figure.value}" does not evaluate: ${value.message}` });
      return;
    }
    if (figure.stated === undefined) return;
    const stated = evaluateExpression(figure.stated);
    const field = `figures.${i}.stated`;
    if (!stated.ok) {
      problems.push({ file, ...at(['figures', i, 'stated']), field, message: `"${figure.stated}" does not evaluate: ${stated.message}` });
      return;
    }
    const disagreement = statedDisagreement(value.quantity, stated.quantity);
    if (disagreement) problems.push({ file, ...at(['figures', i, 'stated']), field, message: `${figure.name}: ${disagreement}` });
  });
  if (problems.length > 0) return { problems };
  const reference = checkReference(prompt).map((issue) => ({ file, ...at([...issue.path]), field: issue.path.join('.'), message: issue.message }));
  if (options.builtin && reference.length > 0) return { problems: reference };
  return { prompt, idLine: (lineOf(doc, ['id'], lineCounter) ?? 0) + 1, warnings: reference };
}

/** Why a stated figure does not match the derived one, or undefined when it does. */
function statedDisagreement(derived: Quantity, stated: Quantity): string | undefined {
  // A plain number and a ratio are the same kind of figure ("100:1" against "100"); otherwise dimensions must match.
  const kind = (q: Quantity) => (q.dimension === 'ratio' ? 'count' : q.dimension);
  if (kind(derived) !== kind(stated) || (derived.dimension === 'other' && derived.unit !== stated.unit)) {
    return `stated ${stated.display} (${stated.dimension}) is not the same kind of figure as the derived ${derived.display} (${derived.dimension})`;
  }
  if (derived.base === stated.base) return undefined;
  const off = Math.abs(derived.base - stated.base) / Math.max(Math.abs(derived.base), Number.MIN_VALUE);
  if (off > STATED_TOLERANCE) {
    return `stated ${stated.display} is ${Math.round(off * 100)}% off the derived ${derived.display} (allowed: ${STATED_TOLERANCE * 100}%)`;
  }
  return undefined;
}

type ParsedWithDoc = { prompt: Prompt; doc: Document; lineCounter: LineCounter } | { problems: PromptProblem[] };

function parseWithDoc(file: string, text: string): ParsedWithDoc {
  const match = FENCE.exec(text);
  if (!match) {
    return { problems: [{ file, line: 1, message: 'a prompt file must start with YAML front matter between two "---" lines' }] };
  }
  const [, yamlText = '', body = ''] = match;
  // Front matter starts on line 2, after the opening fence.
  const lineOffset = 1;
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  // Only the first YAML error: the ones after it usually follow from it.
  const yamlError = doc.errors[0];
  if (yamlError) {
    const { line, field } = locateYamlError(doc, yamlError, lineCounter);
    return { problems: [{ file, line: line + lineOffset, ...(field ? { field } : {}), message: `YAML: ${yamlError.message.split('\n')[0]}` }] };
  }
  const result = PromptFrontMatter.safeParse(doc.toJS(), { error: (issue) => (issue.code === 'invalid_type' && issue.input === undefined ? 'required, but missing' : undefined) });
  if (!result.success) {
    return {
      problems: result.error.issues.map((issue) => {
        const path = issueFieldPath(issue);
        const line = lineOf(doc, path, lineCounter);
        return {
          file,
          line: line === undefined ? undefined : line + lineOffset,
          field: path.map(String).join('.') || undefined,
          message: issue.message,
        };
      }),
    };
  }
  return { prompt: { ...result.data, outline: body.trim(), source: file }, doc, lineCounter };
}

/** For an unknown key zod reports the parent path; the key itself is the useful field. */
function issueFieldPath(issue: { path: PropertyKey[]; code: string; keys?: string[] }): PropertyKey[] {
  if (issue.code === 'unrecognized_keys' && issue.keys?.length) return [...issue.path, issue.keys[0]!];
  return issue.path;
}

/**
 * Where a YAML syntax error is worth looking: the field is the top-level key it falls under.
 * An unclosed quote or bracket is only noticed lines later, so it is reported where it opened.
 */
function locateYamlError(doc: Document, error: YAMLError, counter: LineCounter): { line: number; field?: string } {
  const pos = error.pos[0];
  const line = counter.linePos(pos).line;
  const contents = doc.contents;
  if (!isMap(contents)) return { line };
  const pair = contents.items.findLast((p) => isScalar(p.key) && p.key.range && p.key.range[0] < pos);
  const field = pair && isScalar(pair.key) ? String(pair.key.value) : undefined;
  if (!/closing .?quote|end with a [\]}]/.test(error.message)) return { line, field };
  let node: unknown = pair?.value;
  const contains = (n: unknown) => isNode(n) && n.range && n.range[0] <= pos && pos <= n.range[1];
  for (;;) {
    const inner: unknown = isMap(node) ? node.items.map((p) => p.value).find(contains) : isSeq(node) ? node.items.find(contains) : undefined;
    if (!inner) break;
    node = inner;
  }
  return { line: isNode(node) && node.range ? counter.linePos(node.range[0]).line : line, field };
}

/** Walks `path` down the YAML tree and returns the line of the deepest part that exists. */
function lineOf(doc: Document, path: PropertyKey[], counter: LineCounter): number | undefined {
  const lineAt = (node: unknown) =>
    isNode(node) && node.range ? counter.linePos(node.range[0]).line : undefined;
  let node: unknown = doc.contents;
  let line = lineAt(node);
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === segment);
      if (!pair) break;
      line = lineAt(pair.key) ?? line;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
      line = lineAt(node) ?? line;
    } else {
      break;
    }
  }
  return line;
}

/**
 * Loads every `.md` file in `dirs` (later folders may add prompts, never replace one).
 * A bad file is reported and skipped; the rest load. A missing folder is simply empty.
 */
export async function loadPromptLibrary(dirs: readonly string[], cache?: PromptCheckCache, options: { builtinDir?: string } = {}): Promise<PromptLibrary> {
  const prompts: Prompt[] = [];
  const problems: PromptProblem[] = [];
  const warnings: PromptProblem[] = [];
  const seen = new Map<string, string>();
  for (const dir of dirs) {
    for (const file of await markdownFiles(dir, problems)) {
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (error) {
        problems.push({ file, message: `could not be read: ${messageOf(error)}` });
        continue;
      }
      const checked = checkCached(file, text, cache, { builtin: dir === options.builtinDir });
      if ('problems' in checked) {
        problems.push(...checked.problems);
        continue;
      }
      const clash = seen.get(checked.prompt.id);
      if (clash) {
        problems.push({ file, line: checked.idLine, field: 'id', message: `id "${checked.prompt.id}" is already used by ${clash}` });
        continue;
      }
      seen.set(checked.prompt.id, file);
      prompts.push(checked.prompt);
      warnings.push(...checked.warnings);
    }
  }
  prompts.sort((a, b) => a.title.localeCompare(b.title));
  return { prompts, problems, warnings };
}

/**
 * What a file held when it was last checked and the verdict. Checking evaluates every
 * figure, so the list (read on each visit to the home screen) only re-checks files whose text changed.
 */
export type PromptCheckCache = Map<string, { text: string; builtin: boolean; checked: ReturnType<typeof checkPromptFile> }>;

function checkCached(file: string, text: string, cache: PromptCheckCache | undefined, options: { builtin: boolean }): ReturnType<typeof checkPromptFile> {
  const hit = cache?.get(file);
  if (hit && hit.text === text && hit.builtin === options.builtin) return hit.checked;
  const checked = checkPromptFile(file, text, options);
  cache?.set(file, { text, builtin: options.builtin, checked });
  return checked;
}

async function markdownFiles(dir: string, problems: PromptProblem[]): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries
      .filter((e) => e.isFile() && e.name.endsWith('.md'))
      .map((e) => join(dir, e.name))
      .sort();
  } catch (error) {
    if (isMissing(error)) return [];
    problems.push({ file: dir, message: `the prompt folder could not be read: ${messageOf(error)}` });
    return [];
  }
}
