/**
 * The estimation pad's help, as data: the app's help panel shows it, and docs/estimation.md is
 * generated from it (helpMarkdown), so the two never drift. Every example is evaluated by a test:
 * the examples of one section run as one pad, top to bottom, and must show exactly `result`.
 */
import { REFERENCE_CARD, referenceCardMarkdown } from './referenceCard';

export type HelpExample = {
  /** A line as typed in the pad. */
  input: string;
  /** What the pad shows for it: the display text, '' for a comment, or "error: " and part of the message. */
  result: string;
};

export type HelpSection = {
  id: string;
  title: string;
  /** Paragraphs of plain text; `code` in backticks. */
  body: readonly string[];
  examples: readonly HelpExample[];
};

export const PAD_HELP: readonly HelpSection[] = [
  {
    id: 'basics',
    title: 'Lines, names and comments',
    body: [
      'Each line is worked out as you type it. A line can be a bare expression or give its value a name with `name = expression`; later lines use the name. Anything after `#` is a comment.',
      'A line with a mistake shows its own error (with the column where it could tell) and the other lines still work. A name defined on a line with an error is undefined below it, and lines that use it say which line to fix.',
      'Names are letters, digits and `_`, starting with a letter. Units (`s`, `day`, `B`...), `in`, `to`, `per` and the function names cannot be names, with one exception: the rate words `qps`, `QPS`, `rps` and `RPS` can, because they are what people call the number they are working out (`qps = dau * 20 / 86400`). Below the line that defines it, such a word is the variable (`5 qps` is five times it); above it, and in any pad that never defines it, it is the unit (`5 qps` is 5 /s). After `to` or `in` it is always the unit. Time and data words (`s`, `day`, `B`, `MB`...) stay units only, since other lines (`10M/day`) rely on them. Names like `dau`, `mau` and `tps` are not units and were always free.',
    ],
    examples: [
      { input: 'writes = 10M/day   # new links', result: '116 /s' },
      { input: 'writes * 100', result: '11.6 K /s' },
      { input: '# a comment on its own', result: '' },
      { input: 'bad = 10M / (day', result: 'error: never closed' },
      { input: 'bad * 2', result: 'error: line 4, which defines it, has an error' },
    ],
  },
  {
    id: 'numbers',
    title: 'Numbers and multipliers',
    body: [
      'A letter right after a number multiplies it: `K` (or `k`) a thousand, `M` a million, `G` or `B` a billion, `T` a trillion. `18B` is eighteen billion, but `500 B` with a space is five hundred bytes. `K`, `M`, `G`, `T` and the words `thousand`, `million`, `billion`, `trillion` may also stand after a space.',
      'Powers with `^` (`10^5`, `62^7`), exponents (`1e9`), thousands separators (`86,400`, `1_000_000`), percentages (`30%`, `30% of dau`) and the usual `+ - * / ( )`; `×` and `÷` work too, and `x` between two values means times. `100:1` writes a ratio.',
      'Functions: `sqrt`, `log` (natural, or `log(x, base)`), `ln`, `log2`, `log10`, `ceil`, `floor`, `round`, `abs`, `min`, `max`.',
    ],
    examples: [
      { input: '10K', result: '10 K' },
      { input: '18B', result: '18 B' },
      { input: '3.5T', result: '3.5 T' },
      { input: '18 billion', result: '18 B' },
      { input: '62^7', result: '3.52 T' },
      { input: '1e9 / 10^5', result: '10 K' },
      { input: '86,400', result: '86.4 K' },
      { input: '30% * 10M', result: '3 M' },
      { input: '20% of 10M users', result: '2 M users' },
      { input: '10M x 50', result: '500 M' },
      { input: 'ceil(log(18B, 62))', result: '6' },
    ],
  },
  {
    id: 'units',
    title: 'Units',
    body: [
      'Data sizes in decimal bytes `B`, `KB`, `MB`, `GB`, `TB`, `PB`, `EB` and binary `KiB`, `MiB`, `GiB`, `TiB`, `PiB`; bits as `bit`, `Kbit`/`Kb`, `Mbit`/`Mb`, `Gbit`/`Gb`, `Tbit`/`Tb` (after a prefix, a lower-case `b` is a bit and an upper-case `B` a byte); link speeds `bps`, `Kbps`, `Mbps`, `Gbps`, `Tbps`.',
      'Durations `ns`, `µs` (or `us`), `ms`, `s`, `min`, `h`, `day`, `week`, `month`, `year`, with the usual long forms (`seconds`, `hours`, `days`...). A year is 365 days and a month a twelfth of that.',
      'A number followed by units belongs together: `x / 10^5 s` divides by 10^5 seconds. Only like quantities add up: `1 GB + 500 MB` works, `1 GB + 1 s` is an error.',
    ],
    examples: [
      { input: '500 B', result: '500 B' },
      { input: '18B * 500 B', result: '9 TB' },
      { input: '1 GB + 500 MB', result: '1.5 GB' },
      { input: '1 KiB', result: '1.02 KB' },
      { input: '1 Gbps', result: '125 MB/s' },
      { input: '90 min', result: '1.5 h' },
      { input: '1 year', result: '1 year' },
      { input: '10M / 10^5 s', result: '100 /s' },
      { input: '1 GB + 1 s', result: 'error: units do not match' },
    ],
  },
  {
    id: 'rates',
    title: 'Rates',
    body: [
      'Divide by a duration, with `/` or `per`: `10M/day`, `100 per s`, `5 MB/s`. `qps` and `rps` mean per second. A rate times a duration is a count again, and a data size per second is a bandwidth.',
      'Rates show per second; a rate under one per hundred seconds shows per day (and per year below that).',
      'Multiply a rate by a duration, not a bare number, to get a total: `10M/day * 365 * 5` is still a rate (five times 365 times as fast); `10M/day * 5 year` is 18.3 billion. Division goes left to right, so write a rate you divide by in parentheses: `reads / (100K/s)`.',
    ],
    examples: [
      { input: '10M/day', result: '116 /s' },
      { input: '1G/day', result: '11.6 K /s' },
      { input: '100 per s', result: '100 /s' },
      { input: '10M/day * 365 day', result: '3.65 B' },
      { input: '10M/day * 365 * 5', result: '211 K /s' },
      { input: '10M/day * 5 year', result: '18.3 B' },
      { input: '1M/s / (100K/s)', result: '10' },
      { input: '10K/s * 500 KB', result: '5 GB/s' },
      { input: '10/day', result: '10 /day' },
    ],
  },
  {
    id: 'counts',
    title: 'Named counts',
    body: [
      'Any other word after a number is a count of something: `10M users`, `20 requests/user`, `500 B/record`. Counts multiply and cancel like units, so users times requests per user is requests. `user` and `users` are the same count.',
      'A name you define wins over a count of the same word, so name totals after what they measure: `dau = 10M users`, not `users = 10M users`.',
    ],
    examples: [
      { input: 'dau = 10M users', result: '10 M users' },
      { input: 'per_user = 20 requests/user/day', result: '20 requests/day/user' },
      { input: 'dau * per_user', result: '2.31 K requests/s' },
      { input: '18B records * 500 B/record', result: '9 TB' },
      { input: '1 TB / dau', result: '100 KB/user' },
    ],
  },
  {
    id: 'conversions',
    title: 'Converting with in and to',
    body: [
      'End a line with `in` or `to` and a unit to see the value in that unit: `writes in /s`, `storage to TB`, `in per day`. The value itself stays the same; only how it is shown changes.',
      'Converting between kinds of quantity (a data size to seconds) is an error that names both.',
    ],
    examples: [
      { input: 'writes = 10M/day', result: '116 /s' },
      { input: 'writes in /day', result: '10 M /day' },
      { input: 'storage = writes * 5 year * 500 B', result: '9.13 TB' },
      { input: 'storage to GB', result: '9,130 GB' },
      { input: '1 Gbps in MB/s', result: '125 MB/s' },
      { input: '5 GB in MiB', result: '4,770 MiB' },
      { input: '1 day in s', result: '86,400 s' },
      { input: 'storage in s', result: 'error: cannot convert a data size (B) to s' },
    ],
  },
  {
    id: 'results',
    title: 'How results are shown',
    body: [
      'Three significant figures. Plain numbers and counts take a multiplier (`K`, `M`, `B` for billion, `T`; beyond that an exponent like `1.15e18`; the kind of quantity shown beside it tells `18 B`, a count, from `500 B`, bytes), data sizes the largest decimal unit that keeps the number at least 1 (`9.13 TB`), durations the largest of `ns` to `year`, rates per second. The pad also shows the power of ten (`≈10^2` for 116) and the kind of quantity: count, rate, data, bandwidth, duration or ratio.',
      'A line can be marked as a named estimate (write QPS, read QPS, peak QPS, storage, bandwidth, read/write ratio, other) from its menu. Unmarked lines are read from their names when the value fits: `writes`, `write_qps` or `writeQps` holding a rate is write QPS; `storage` holding a data size is storage; `rw` or `ratio` is the read/write ratio; `peak` is peak QPS; `bandwidth`, `egress` or `ingress` is bandwidth. After the session each named estimate is compared with the prompt\u2019s own figure: within 3 times is fine, within 10 times a warning, beyond that flagged. A figure no line was marked as is still found when an unmarked line has its value (within 10 percent) and its kind: `checks = 20M * 500 / day` counts for a read-QPS figure of `20M * 500/day`, and the review says it was matched by value. A line marked "not an estimate" is never matched. When no line gives the read/write ratio, it is worked out from the lines taken for reads and writes (`reads = writes * 100` gives 100), and the review names both lines.',
    ],
    examples: [
      { input: 'rw = 100:1', result: '100' },
      { input: 'codes = 62^7', result: '3.52 T' },
      { input: '2^60', result: '1.15e18' },
      { input: '250 ms', result: '250 ms' },
    ],
  },
  {
    id: 'limits',
    title: 'Limits',
    body: [
      'A line may hold up to 1,000 characters, 24 levels of parentheses and 12 powers; a result must be a finite number, and units may not be raised beyond the 8th power. Lists, matrices, text in quotes, defining functions and the rest of what a full maths package offers are not part of the pad.',
    ],
    examples: [
      { input: '10^10^10', result: 'error: too large' },
      { input: 'f(x) = x * 2', result: 'error: functions cannot be defined' },
      { input: '[1, 2]', result: 'error: matrices are not part of the pad' },
    ],
  },
];

function escapeCell(s: string): string {
  return s.replace(/\|/g, '\\|');
}

/** docs/estimation.md: the help, then the reference card. */
export function helpMarkdown(): string {
  const out: string[] = [
    '# The estimation pad',
    '',
    '<!-- Generated from shared/estimate/help.ts and shared/estimate/referenceCard.ts; edit those, then run `UPDATE_DOCS=1 npx vitest run node/cli/calc.test.ts`. -->',
    '',
    'Back-of-the-envelope maths that knows units: users per day to requests per second, records times bytes to terabytes, the size of a code space. The same language works on the command line: `designdrill calc "writes = 10M/day" "writes * 100"`, or one line per line of standard input, with `--json` for one object per line.',
    '',
  ];
  for (const s of PAD_HELP) {
    out.push(`## ${s.title}`, '');
    for (const p of s.body) out.push(p, '');
    if (s.examples.length > 0) {
      out.push('| You type | The pad shows |', '| --- | --- |');
      for (const e of s.examples) out.push(`| \`${escapeCell(e.input)}\` | ${e.result === '' ? '(a comment)' : e.result.startsWith('error: ') ? `error: …${escapeCell(e.result.slice(7))}…` : `\`${escapeCell(e.result)}\``} |`);
      out.push('');
    }
  }
  out.push(referenceCardMarkdown(REFERENCE_CARD));
  return `${out.join('\n').trimEnd()}\n`;
}
