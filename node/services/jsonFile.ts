import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import { quarantine } from './quarantine';
import { writeFileAtomic } from './atomicWrite';
import { messageOf } from '../../shared/errors';
import { isMissing } from './storeFs';

export type Loaded<T> = { value: T; notice?: string };

/**
 * Reads a JSON file validated by `schema`. A missing file gives `fallback`; a damaged
 * one is moved to quarantine/ (never deleted) and gives `fallback` with a notice saying where
 * it went, so a bad file can never stop the app from starting.
 */
export async function loadJsonFile<S extends z.ZodType>(
  dataDir: string,
  file: string,
  schema: S,
  fallback: z.output<S>,
): Promise<Loaded<z.output<S>>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (isMissing(error)) return { value: fallback };
    throw error;
  }
  const problem = describeProblem(text, schema);
  if (problem === undefined) return { value: schema.parse(JSON.parse(text)) };
  const movedTo = await quarantine(dataDir, file, problem);
  return { value: fallback, notice: `${file} was damaged (${problem}); it was moved to ${movedTo} and defaults are in use.` };
}

function describeProblem(text: string, schema: z.ZodType): string | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return `not valid JSON: ${messageOf(error)}`;
  }
  const result = schema.safeParse(data);
  if (result.success) return undefined;
  return result.error.issues
    .map((i) => `field "${i.path.map(String).join('.') || '(root)'}": ${i.message}`)
    .join('; ');
}

export async function saveJsonFile(file: string, value: unknown): Promise<void> {
  await writeFileAtomic(file, `${JSON.stringify(value, null, 2)}\n`);
}
