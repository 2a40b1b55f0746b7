import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LineCounter, isMap, isNode, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import { PromptFrontMatter, type Prompt, type PromptProblem } from '../../shared/schemas/prompt';

export type PromptLibrary = { prompts: Prompt[]; problems: PromptProblem[] };

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

type ParsedFile = { prompt: Prompt } | { problems: PromptProblem[] };

/** Parses one prompt file's text; every problem names the file, and the line and field where it can. */
export function parsePromptFile(file: string, text: string): ParsedFile {
  const match = FENCE.exec(text);
  if (!match) {
    return { problems: [{ file, line: 1, message: 'a prompt file must start with YAML front matter between two "---" lines' }] };
  }
  const [, yamlText = '', body = ''] = match;
  // Front matter starts on line 2, after the opening fence.
  const lineOffset = 1;
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((e) => ({
        file,
        line: lineCounter.linePos(e.pos[0]).line + lineOffset,
        message: `YAML: ${e.message.split('\n')[0]}`,
      })),
    };
  }
  const result = PromptFrontMatter.safeParse(doc.toJS());
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
  return { prompt: { ...result.data, outline: body.trim(), source: file } };
}

/** For an unknown key zod reports the parent path; the key itself is the useful field. */
function issueFieldPath(issue: { path: PropertyKey[]; code: string; keys?: string[] }): PropertyKey[] {
  if (issue.code === 'unrecognized_keys' && issue.keys?.length) return [...issue.path, issue.keys[0]!];
  return issue.path;
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
export async function loadPromptLibrary(dirs: readonly string[]): Promise<PromptLibrary> {
  const prompts: Prompt[] = [];
  const problems: PromptProblem[] = [];
  const seen = new Map<string, string>();
  for (const dir of dirs) {
    for (const file of await markdownFiles(dir, problems)) {
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (error) {
        problems.push({ file, message: `could not be read: ${(error as Error).message}` });
        continue;
      }
      const parsed = parsePromptFile(file, text);
      if ('problems' in parsed) {
        problems.push(...parsed.problems);
        continue;
      }
      const clash = seen.get(parsed.prompt.id);
      if (clash) {
        problems.push({ file, line: 2, field: 'id', message: `id "${parsed.prompt.id}" is already used by ${clash}` });
        continue;
      }
      seen.set(parsed.prompt.id, file);
      prompts.push(parsed.prompt);
    }
  }
  prompts.sort((a, b) => a.title.localeCompare(b.title));
  return { prompts, problems };
}

async function markdownFiles(dir: string, problems: PromptProblem[]): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries
      .filter((e) => e.isFile() && e.name.endsWith('.md'))
      .map((e) => join(dir, e.name))
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    problems.push({ file: dir, message: `the prompt folder could not be read: ${(error as Error).message}` });
    return [];
  }
}
