import { run, type CliIo } from '../run';

/** Runs the command line as a test would type it, with what it printed. */
export async function runCli(argv: readonly string[], io: Omit<CliIo, 'stdout' | 'stderr'> = {}) {
  let out = '';
  let err = '';
  const code = await run(argv, {
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: (text: string) => (err += text) },
    env: {},
    ...io,
  });
  return { code, out, err };
}
