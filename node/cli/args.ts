import { TargetLevel } from '../../shared/session/level';
import { badArgument } from './errors';
import { parseClock } from './format';

export type Invocation =
  | { command: 'help' }
  | { command: 'version' }
  | { command: 'list'; json: boolean; dataDir?: string }
  | { command: 'show'; id: string; at?: number; json: boolean; dataDir?: string }
  /** Estimation lines from the arguments; none means read them from stdin. */
  | { command: 'calc'; lines: string[]; json: boolean }
  /** A prompt file or folder; none means the built-in prompts and the data folder's. */
  | { command: 'check-prompts'; path?: string; dataDir?: string }
  /** `out` is where to write; none means <id>.designdrill.json in the current folder. */
  | { command: 'export'; id: string; out?: string; force: boolean; dataDir?: string }
  /** A session folder, an export file or a session id; `level` overrides the session's own. */
  | { command: 'score'; source: string; level?: TargetLevel; json: boolean; dataDir?: string }
  /** The design document of a session folder, export file or session id; `out` is the Markdown file. */
  | { command: 'doc'; source: string; out?: string; force: boolean; dataDir?: string }
  /** A prompt id or .md file, and a question to ask its scripted interviewer. */
  | { command: 'ask'; prompt: string; question: string; json: boolean; dataDir?: string };

const VALUE_OPTIONS = { at: 'mm:ss', 'data-dir': 'a folder', out: 'a file', level: 'mid, senior or staff' } as const;
type ValueOption = keyof typeof VALUE_OPTIONS;

/** Turns argv (without node and the script) into what to do; throws a CliError (exit 2) when it makes no sense. */
export function parseArgs(argv: readonly string[]): Invocation {
  const positionals: string[] = [];
  const values: Partial<Record<ValueOption, string>> = {};
  let json = false;
  let help = false;
  let version = false;
  let force = false;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h') {
      help = true;
      continue;
    }
    // `designdrill calc -5 s`: after calc, a dash before a digit, a dot or a parenthesis starts a line, not an option.
    if (positionals[0] === 'calc' && /^-[\d.(]/.test(arg)) {
      positionals.push(arg);
      continue;
    }
    if (!arg.startsWith('--')) {
      if (arg.startsWith('-') && arg.length > 1) throw badArgument(`unknown option ${arg}`);
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    const inline = eq === -1 ? undefined : arg.slice(eq + 1);
    if (name === 'json' || name === 'help' || name === 'version' || name === 'force') {
      if (inline !== undefined) throw badArgument(`--${name} takes no value`);
      if (name === 'json') json = true;
      else if (name === 'force') force = true;
      else if (name === 'help') help = true;
      else version = true;
    } else if (name in VALUE_OPTIONS) {
      const key = name as ValueOption;
      let value = inline;
      if (value === undefined) {
        const next = argv[i + 1];
        if (next !== undefined && !next.startsWith('--')) value = next;
        if (value !== undefined) i++;
      }
      if (value === undefined || value === '') throw badArgument(`--${key} needs a value (${VALUE_OPTIONS[key]})`);
      if (values[key] !== undefined) throw badArgument(`--${key} is given twice`);
      values[key] = value;
    } else {
      throw badArgument(`unknown option --${name}`);
    }
  }

  if (help || positionals[0] === 'help') return { command: 'help' };
  if (version) return { command: 'version' };

  const [noun, verb, ...rest] = positionals;
  const dataDir = values['data-dir'];
  const common = { json, ...(dataDir === undefined ? {} : { dataDir }) };
  if (noun === undefined) throw badArgument('no command given');
  if ((values.out !== undefined || force) && noun !== 'export' && noun !== 'doc') throw badArgument(`--${force ? 'force' : 'out'} only applies to "export <id>" and "doc <source>"`);
  if (values.level !== undefined && noun !== 'score') throw badArgument('--level only applies to "score"');
  if ((noun === 'export' || noun === 'score' || noun === 'doc') && values.at !== undefined) throw badArgument('--at only applies to "session show <id>"');
  if (noun === 'export') {
    const [id, extra] = positionals.slice(1);
    if (id === undefined) throw badArgument('export needs a session id (see "designdrill sessions list")');
    if (extra !== undefined) throw badArgument(`unexpected argument "${extra}" after the session id`);
    if (json) throw badArgument('--json does not apply to "export": the file it writes is JSON');
    return { command: 'export', id, force, ...(values.out === undefined ? {} : { out: values.out }), ...(dataDir === undefined ? {} : { dataDir }) };
  }
  if (noun === 'doc') {
    const [source, extra] = positionals.slice(1);
    if (source === undefined) throw badArgument('doc needs a session folder, an export file or a session id');
    if (extra !== undefined) throw badArgument(`unexpected argument "${extra}": doc takes one session`);
    if (json) throw badArgument('--json does not apply to "doc": the file it writes is Markdown');
    return { command: 'doc', source, force, ...(values.out === undefined ? {} : { out: values.out }), ...(dataDir === undefined ? {} : { dataDir }) };
  }
  if (noun === 'score') {
    const [source, extra] = positionals.slice(1);
    if (source === undefined) throw badArgument('score needs a session folder, an export file or a session id');
    if (extra !== undefined) throw badArgument(`unexpected argument "${extra}": score takes one session`);
    const level = values.level === undefined ? undefined : TargetLevel.safeParse(values.level);
    if (level && !level.success) throw badArgument(`--level must be mid, senior or staff, not "${values.level}"`);
    return { command: 'score', source, ...common, ...(level ? { level: level.data } : {}) };
  }
  if (noun === 'ask') {
    if (values.at !== undefined) throw badArgument('--at only applies to "session show <id>"');
    const [prompt, ...words] = positionals.slice(1);
    if (prompt === undefined) throw badArgument('ask needs a prompt id or file, then the question, e.g. ask url-shortener "how many links a day?"');
    const question = words.join(' ').trim();
    if (question === '') throw badArgument(`ask needs a question after the prompt "${prompt}"`);
    return { command: 'ask', prompt, question, ...common };
  }
  if (noun === 'calc') {
    if (values.at !== undefined) throw badArgument('--at only applies to "session show <id>"');
    return { command: 'calc', lines: positionals.slice(1), json };
  }
  if (noun === 'prompts') {
    if (verb === undefined) throw badArgument('"prompts" needs a subcommand: check [path]');
    if (verb !== 'check') throw badArgument(`unknown command "prompts ${verb}"`);
    const [path, extra] = rest;
    if (extra !== undefined) throw badArgument(`unexpected argument "${extra}": prompts check takes one file or folder`);
    if (values.at !== undefined) throw badArgument('--at only applies to "session show <id>"');
    if (json) throw badArgument('--json does not apply to "prompts check"');
    return { command: 'check-prompts', ...(path === undefined ? {} : { path }), ...(dataDir === undefined ? {} : { dataDir }) };
  }
  if (noun !== 'sessions' && noun !== 'session') throw badArgument(`unknown command "${noun}"`);

  if (verb === 'list' || (verb === undefined && noun === 'sessions')) {
    if (rest.length > 0) throw badArgument(`unexpected argument "${rest[0]}" after ${noun} list`);
    if (values.at !== undefined) throw badArgument('--at only applies to "session show <id>"');
    return { command: 'list', ...common };
  }
  if (verb === 'show') {
    const [id, extra] = rest;
    if (id === undefined) throw badArgument(`${noun} show needs a session id (see "designdrill sessions list")`);
    if (extra !== undefined) throw badArgument(`unexpected argument "${extra}" after the session id`);
    return { command: 'show', id, ...common, ...(values.at === undefined ? {} : { at: parseClock(values.at, '--at') }) };
  }
  if (verb === undefined) throw badArgument(`"${noun}" needs a subcommand: list, or show <id>`);
  throw badArgument(`unknown command "${noun} ${verb}"`);
}
