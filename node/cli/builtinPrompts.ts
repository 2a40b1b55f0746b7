import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { appPaths, appRoot } from '../services/appPaths';
import { failure } from './errors';

// Its own small module: every command that reads prompts needs it, and it must not pull in
// the prompt checker (and the language model behind it) for commands that do not check.
/**
 * The prompts shipped with the app, wherever this command line runs from: the package puts it
 * in resources/cli/ with the prompts in resources/prompts/; in the project it runs from
 * dist/node/ (or, under test, node/cli/) and the prompts are at the top.
 */
export function builtinPromptsDir(moduleUrl: string = import.meta.url): string {
  const candidates = [join(dirname(fileURLToPath(moduleUrl)), '..', 'prompts'), appPaths(appRoot(moduleUrl)).prompts];
  const found = candidates.find((dir) => existsSync(dir));
  if (!found) throw failure(`the built-in prompts are not beside the command line (looked in ${candidates.join(' and ')})`);
  return found;
}

