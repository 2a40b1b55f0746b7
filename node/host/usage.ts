import { DATA_DIR_ENV } from '../services/dataDir';

const OPTIONS = `Options:
  --port N          the port to listen on (browser host); default: any free one
  --data-dir DIR    the data folder; default: $${DATA_DIR_ENV}, else the app's own folder
  -h, --help        show this text`;

export const WEB_USAGE = `Usage: node dist/node/web.mjs [--port N] [--data-dir DIR]

Serves DesignDrill to a browser on 127.0.0.1 only and prints the address to open, with its
per-launch token. Stop it with Ctrl+C.

${OPTIONS}
`;

export const START_USAGE = `Usage: node dist/node/start.mjs [--port N] [--data-dir DIR]

Opens DesignDrill in its desktop window, or, where Electron cannot run, serves it to a browser
as node dist/node/web.mjs does.

${OPTIONS}
`;

const VALUED = new Set(['--port', '--data-dir']);

/**
 * What the launcher should do with its arguments before anything starts: print the usage for
 * --help, refuse an argument it does not know (only where `strict`: Electron takes flags of its
 * own), or go on.
 */
export function readLaunchArgs(argv: readonly string[], strict: boolean): { kind: 'help' } | { kind: 'wrong'; message: string } | { kind: 'run' } {
  if (argv.some((a) => a === '--help' || a === '-h')) return { kind: 'help' };
  if (!strict) return { kind: 'run' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (VALUED.has(arg)) {
      if (argv[i + 1] === undefined) return { kind: 'wrong', message: `${arg} needs a value` };
      i++;
    } else if (![...VALUED].some((name) => arg.startsWith(`${name}=`))) {
      return { kind: 'wrong', message: `unknown argument "${arg}"` };
    }
  }
  return { kind: 'run' };
}
