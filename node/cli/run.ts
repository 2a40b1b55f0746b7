import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { APP_VERSION } from '../services/appPaths';
import { DATA_DIR_ENV, resolveDataDir } from '../services/dataDir';
import { parseArgs } from './args';
import { builtinPromptsDir } from './builtinPrompts';
import { badArgument, CliError } from './errors';
import { messageOf } from '../../shared/errors';
import { isMissing } from '../services/storeFs';

// Each command's module is loaded when it runs: the language model the interviewer and the
// rubric read through (shared/text, 3.9 MB of data) is then built only by the commands that
// use it, so --help, calc and sessions list start quickly.
const promptsCheck = () => import('./promptsCheck');

export type Output = { write(text: string): unknown };

export type CliIo = {
  stdout: Output;
  stderr: Output;
  /** For the data folder's default; process.env unless given. */
  env?: NodeJS.ProcessEnv;
  /** The wall clock; Date.now unless given. */
  now?: () => number;
  /** Where `calc` reads lines when none are given as arguments; process.stdin unless given. */
  stdin?: AsyncIterable<string | Uint8Array>;
  /** The built-in prompts `prompts check` reads without a path; found beside the command line unless given. */
  builtinPromptsDir?: string;
  /** Where relative paths start (export's file, score's source); process.cwd() unless given. */
  cwd?: string;
};

const USAGE = `Usage: designdrill <command> [options]

Commands:
  sessions list          the practice sessions, newest first
  session show <id>      one session: status, phases with planned, used and remaining time, notes
  calc [line ...]        evaluate estimation lines (each argument a line, else one per line of stdin),
                         sharing variables, one result per line; e.g. calc "w = 10M/day" "w * 5 year"
  ask <prompt> <question>
                         what the scripted interviewer replies to the question (a prompt id or .md file),
                         with the closest answers' scores and the words that counted; e.g.
                         ask url-shortener "how many links do folks make a day?"
  prompts check [path]   check prompt files as the app loads them: a file, the .md files of a folder,
                         or else the built-in prompts and the data folder's prompts/; one line per
                         problem as file:line: field: message, then a count
  export <id>            write the session as one JSON file (<id>.designdrill.json here, or --out FILE):
                         metadata, plan, the prompt as it was and the whole log; see docs/session-file.md
  score <source>         score a session as the app does: a session folder, an export file or a session id;
                         the band, each criterion's score, evidence and tip, and the time per phase
  doc <source>           write the session's design document as Markdown (<prompt title> <date>.md here,
                         or --out FILE), with the diagram beside it as an .excalidraw file

Options:
  --at mm:ss             (session show) the session as it stood when its clock read mm:ss; default: now
  --json                 print JSON instead of a table (calc: one object per line, the value in base units;
                         score: the report)
  --out FILE             (export, doc) where to write the file
  --force                (export, doc) replace the file if it exists
  --level LEVEL          (score) mid, senior or staff; default: the level the session was practised at
  --data-dir DIR         the data folder; default: $${DATA_DIR_ENV}, else the app's own folder
  -h, --help             show this text
  --version              show the version

designdrill only reads the data folder; it never changes a session (export and doc write only their own files).
calc exits with 1 when a line has an error; the estimation language is in docs/estimation.md.
prompts check exits with 1 when a prompt has a problem or a warning; the format is in docs/prompt-format.md.
It also warns when a scripted answer's own phrasing gets another answer, and notes (without failing)
answers whose phrasings mostly get "which do you mean": try those with ask.
`;

/** The command line: returns the exit code (0 fine, 1 missing or damaged data, 2 wrong arguments). */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const now = io.now ?? Date.now;
  try {
    const call = parseArgs(argv);
    if (call.command === 'help') {
      io.stdout.write(USAGE);
      return 0;
    }
    if (call.command === 'version') {
      io.stdout.write(`designdrill ${APP_VERSION}\n`);
      return 0;
    }
    if (call.command === 'calc') {
      const { Calculator, linesOf } = await import('./calc');
      const calc = new Calculator(call.json);
      if (call.lines.length > 0) for (const line of call.lines) io.stdout.write(calc.line(line));
      else for await (const line of linesOf(io.stdin ?? process.stdin)) io.stdout.write(calc.line(line));
      return calc.failed ? 1 : 0;
    }
    const dataDir = resolveDataDir({ argv: call.dataDir === undefined ? [] : ['--data-dir', call.dataDir], env: io.env ?? process.env });
    if (call.command === 'check-prompts') {
      const { checkPrompts, formatCheck } = await promptsCheck();
      const checked = await checkPrompts(call.path, { builtin: () => io.builtinPromptsDir ?? builtinPromptsDir(), user: join(dataDir, 'prompts') });
      io.stdout.write(formatCheck(checked));
      // A warning fails the check too: the prompt loads, but its author asked whether it is sound.
      return checked.problems.length + checked.warnings.length > 0 ? 1 : 0;
    }
    const warn = (warnings: readonly string[]) => warnings.forEach((w) => io.stderr.write(`designdrill: warning: ${w}\n`));
    const prompts = { builtin: () => io.builtinPromptsDir ?? builtinPromptsDir(), dataDir };
    const cwd = io.cwd ?? process.cwd();

    if (call.command === 'ask') {
      const { askPrompt, formatAsked } = await import('./ask');
      const asked = await askPrompt(call.prompt, call.question, { cwd, builtinDir: prompts.builtin, dataDir });
      io.stdout.write(call.json ? `${JSON.stringify({ reply: asked.reply, ...asked.understood }, null, 2)}\n` : formatAsked(asked));
      return 0;
    }

    if (call.command === 'export') {
      const { exportSession } = await import('./export');
      const exported = await exportSession(call.id, { ...(call.out === undefined ? {} : { out: call.out }), force: call.force, cwd, now, prompts });
      warn(exported.warnings);
      io.stdout.write(`wrote ${exported.file} (${exported.events} events)\n`);
      return 0;
    }
    if (call.command === 'doc') {
      const { writeDesignDoc } = await import('./doc');
      const written = await writeDesignDoc(call.source, { ...(call.out === undefined ? {} : { out: call.out }), force: call.force, cwd, prompts });
      warn(written.warnings);
      io.stdout.write(written.files.map((f) => `wrote ${f}\n`).join(''));
      return 0;
    }
    if (call.command === 'score') {
      const [{ scoreSource }, { formatScore }] = await Promise.all([import('./score'), import('./scoreFormat')]);
      const scored = await scoreSource(call.source, { ...(call.level === undefined ? {} : { level: call.level }), cwd, now, prompts });
      warn(scored.warnings);
      io.stdout.write(call.json ? `${JSON.stringify(scored.report, null, 2)}\n` : formatScore(scored.report));
      return 0;
    }

    // A folder that is not there is a wrong --data-dir, not an empty one.
    await requireDataDir(dataDir);
    if (call.command === 'list') {
      const { formatList, listSessions } = await import('./listSessions');
      const { sessions, warnings } = await listSessions(dataDir, now);
      warn(warnings);
      io.stdout.write(call.json ? `${JSON.stringify(sessions, null, 2)}\n` : formatList(sessions, dataDir));
      return 0;
    }
    const { formatReport, sessionReport } = await import('./showSession');
    const report = await sessionReport(dataDir, call.id, { at: call.at, now });
    warn(report.warnings);
    io.stdout.write(call.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report, call.at));
    return 0;
  } catch (error) {
    if (!(error instanceof CliError)) {
      io.stderr.write(`designdrill: ${messageOf(error) ?? String(error)}\n`);
      return 1;
    }
    io.stderr.write(`designdrill: ${error.message}\n`);
    // A wrong command gets the usage; a wrong argument just its one line.
    if (error.exitCode === 2 && /^(unknown command|no command)/.test(error.message)) io.stderr.write(`\n${USAGE}`);
    return error.exitCode;
  }
}

async function requireDataDir(dataDir: string): Promise<void> {
  try {
    await stat(dataDir);
  } catch (error) {
    if (!isMissing(error)) throw error;
    throw badArgument(`the data folder ${dataDir} does not exist; give the right one with --data-dir DIR or $${DATA_DIR_ENV}`);
  }
}
