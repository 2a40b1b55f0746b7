import { describe, expect, it } from 'vitest';
import { createScope, evaluateExpression, evaluateLine, evaluatePad, inferTag, type LineResult } from './evaluate';

function pad(text: string): LineResult[] {
  return evaluatePad(text.split('\n').map((t) => ({ text: t })));
}

function value(r: LineResult | undefined) {
  if (r?.kind !== 'value') throw new Error(`expected a value, got ${JSON.stringify(r)}`);
  return r;
}

function one(text: string) {
  return value(evaluateLine(text)).quantity;
}

function error(text: string) {
  const r = evaluateLine(text);
  if (r.kind !== 'error') throw new Error(`expected an error for ${text}, got ${JSON.stringify(r)}`);
  return r;
}

describe('the URL shortener estimate from seed 000', () => {
  // "Assume: 10M new short links per day, read/write ratio 100:1 ... each ~ 500 bytes ... 5 years."
  const results = pad(`# URL shortener, seed 000
writes = 10M/day
write_qps = 10M / 10^5 s      # the seed's rounding: a day is about 10^5 s
peak = 3 * write_qps
rw = 100:1
reads = writes * rw
records = writes * 5 year
records_by_hand = 10M/day * 365 day * 5
storage = records * 500 B
storage to TB
codes = 62^7
codes / records`);

  it('writes per second: 116 exactly, 100 with a day rounded to 10^5 s', () => {
    const exact = value(results[1]);
    expect(exact.quantity).toMatchObject({ unit: '/s', dimension: 'rate', display: '116 /s', power: 2 });
    expect(exact.quantity.base).toBeCloseTo(1e7 / 86_400, 6);
    expect(exact).toMatchObject({ name: 'writes', tag: 'write-qps', inferred: true });
    expect(value(results[2]).quantity).toMatchObject({ base: 100, display: '100 /s', power: 2 });
    expect(value(results[3]).quantity).toMatchObject({ base: 300, display: '300 /s' });
    expect(value(results[3]).tag).toBe('peak-qps');
  });

  it('reads per second: a hundred times the writes, about 10^4', () => {
    expect(value(results[4])).toMatchObject({ tag: 'read-write-ratio', quantity: { base: 100, dimension: 'ratio', display: '100' } });
    const reads = value(results[5]);
    expect(reads.quantity).toMatchObject({ unit: '/s', dimension: 'rate', display: '11.6 K /s', power: 4 });
    expect(reads.tag).toBe('read-qps');
  });

  it('records over five years: about 18 billion', () => {
    for (const r of [results[6], results[7]]) {
      expect(value(r).quantity).toMatchObject({ base: 18_250_000_000, unit: '', dimension: 'count', display: '18.3 B', power: 10 });
    }
  });

  it('total storage: about 9 TB', () => {
    const storage = value(results[8]);
    expect(storage).toMatchObject({ tag: 'storage', inferred: true, quantity: { base: 9.125e12, unit: 'B', dimension: 'data', display: '9.13 TB', power: 12 } });
    expect(value(results[9]).quantity.display).toBe('9.13 TB');
    expect(one('18B * 500 B').display).toBe('9 TB');
  });

  it('the 7-character code space: 62^7 ≈ 3.52 T, ~190 times the records', () => {
    expect(value(results[10]).quantity).toMatchObject({ base: 62 ** 7, dimension: 'count', display: '3.52 T', power: 12 });
    expect(value(results[11]).quantity.display).toBe('193');
  });

  it('reports comments and blank lines as such', () => {
    expect(results[0]).toEqual({ kind: 'comment', line: 1 });
    expect(pad('')[0]).toEqual({ kind: 'blank', line: 1 });
  });
});

describe('numbers and multipliers', () => {
  it.each([
    ['10K', 10_000, '10 K'],
    ['10k', 10_000, '10 K'],
    ['10M', 1e7, '10 M'],
    ['1G', 1e9, '1 B'],
    ['18B', 1.8e10, '18 B'],
    ['3.5T', 3.5e12, '3.5 T'],
    ['10 M', 1e7, '10 M'],
    ['18 billion', 1.8e10, '18 B'],
    ['10^5', 1e5, '100 K'],
    ['1e9', 1e9, '1 B'],
    ['2.5e-3', 0.0025, '0.0025'],
    ['86,400', 86_400, '86.4 K'],
    ['1_000_000', 1e6, '1 M'],
    ['30% * 10M', 3e6, '3 M'],
    ['10M x 50', 5e8, '500 M'],
    ['2 × 3 ÷ 4', 1.5, '1.5'],
    ['(5 + 5) M', 1e7, '10 M'],
    ['999.7', 999.7, '1 K'],
    ['123456', 123_456, '123 K'],
    ['2^60', 2 ** 60, '1.15e18'],
    ['0.0001', 1e-4, '1e-4'],
    ['-42', -42, '-42'],
  ])('%s is %d (%s)', (text, base, display) => {
    const q = one(text);
    expect(q.base).toBeCloseTo(base, 6);
    expect(q.display).toBe(display);
    expect(q.dimension).toBe('count');
  });
});

describe('units', () => {
  it.each([
    // data, decimal and binary
    ['500 B', 500, 'B', 'data', '500 B'],
    ['500 bytes', 500, 'B', 'data', '500 B'],
    ['1.5 KB', 1500, 'B', 'data', '1.5 KB'],
    ['10MB', 1e7, 'B', 'data', '10 MB'],
    ['2 GB + 500 MB', 2.5e9, 'B', 'data', '2.5 GB'],
    ['1 KiB', 1024, 'B', 'data', '1.02 KB'],
    ['1 PiB', 2 ** 50, 'B', 'data', '1.13 PB'],
    ['1000 TB', 1e15, 'B', 'data', '1 PB'],
    // bits
    ['8 bit', 1, 'B', 'data', '1 B'],
    ['1 Gbit', 1.25e8, 'B', 'data', '125 MB'],
    ['1 Gbps', 1.25e8, 'B/s', 'bandwidth', '125 MB/s'],
    ['100 Mbps', 1.25e7, 'B/s', 'bandwidth', '12.5 MB/s'],
    // durations
    ['1 day', 86_400, 's', 'duration', '1 day'],
    ['90 min', 5_400, 's', 'duration', '1.5 h'],
    ['250 ms', 0.25, 's', 'duration', '250 ms'],
    ['1 week', 604_800, 's', 'duration', '7 day'],
    ['1 year', 31_536_000, 's', 'duration', '1 year'],
    ['2 hours + 30 minutes', 9_000, 's', 'duration', '2.5 h'],
    ['100 µs', 1e-4, 's', 'duration', '100 µs'],
    // rates
    ['10M/day', 1e7 / 86_400, '/s', 'rate', '116 /s'],
    ['100 per s', 100, '/s', 'rate', '100 /s'],
    ['1G/day', 1e9 / 86_400, '/s', 'rate', '11.6 K /s'],
    ['3 qps', 3, '/s', 'rate', '3 /s'],
    ['10/day', 10 / 86_400, '/s', 'rate', '10 /day'],
    ['5 MB/s', 5e6, 'B/s', 'bandwidth', '5 MB/s'],
    ['10K/s * 500 KB', 5e9, 'B/s', 'bandwidth', '5 GB/s'],
    ['1 Gbps * 1 day', 1.08e13, 'B', 'data', '10.8 TB'],
    // named counts cancel like units
    ['10M users', 1e7, 'users', 'count', '10 M users'],
    ['10M users * 20 requests/user', 2e8, 'requests', 'count', '200 M requests'],
    ['10M users * 20 requests/user / day', 2e8 / 86_400, 'requests/s', 'rate', '2.31 K requests/s'],
    ['500 B/record * 18B records', 9e12, 'B', 'data', '9 TB'],
    ['2 posts / 4 posts', 0.5, '', 'ratio', '0.5'],
    ['1 TB / 1M users', 1e6, 'B/user', 'data', '1 MB/user'],
  ])('%s', (text, base, unit, dimension, display) => {
    const q = one(text);
    expect(q.base / base).toBeCloseTo(1, 9);
    expect(q).toMatchObject({ unit, dimension, display });
  });

  it('reads a value followed by units as one group: x / 10^5 s divides by (10^5 s)', () => {
    expect(one('1M / 10^5 s')).toMatchObject({ base: 10, display: '10 /s' });
    expect(one('2 / 1e5 s')).toMatchObject({ base: 2e-5, unit: '/s' });
    expect(one('10M users / day').display).toBe('116 users/s');
  });
});

describe('conversions with in and to', () => {
  it.each([
    ['10M/day in /s', '116 /s'],
    ['10M/day to per hour', '417,000 /hour'],
    ['10M/day in /day', '10 M /day'],
    ['9.125 TB to GB', '9,130 GB'],
    ['5 GB in MiB', '4,770 MiB'],
    ['1 Gbps in MB/s', '125 MB/s'],
    ['5 MB/s in Mbps', '40 Mbps'],
    ['1 day in s', '86,400 s'],
    ['1 year in day', '365 day'],
    ['1 Gbps * 1 day in TB', '10.8 TB'],
    ['10M writes/day in /s', '116 writes/s'],
  ])('%s → %s', (text, display) => {
    expect(one(text).display).toBe(display);
  });

  it('keeps the value in base units whatever it is shown in', () => {
    expect(one('9.125 TB to GB')).toMatchObject({ base: 9.125e12, unit: 'B', dimension: 'data' });
  });

  it('works on variables', () => {
    const r = pad('storage = 18B * 500 B\nstorage to TB\nwrites = 10M/day\nwrites in /s\nwrites in /day');
    expect(r.slice(1).map((x) => (x.kind === 'value' ? x.quantity.display : x.kind))).toEqual(['9 TB', '116 /s', '116 /s', '10 M /day']);
  });

  it('refuses a conversion between different kinds of quantity, naming both', () => {
    const e = error('5 MB in s');
    expect(e.message).toMatch(/cannot convert a data size \(B\) to s \(a duration/);
    expect(e.column).toBe(6);
  });
});

describe('variables', () => {
  it('later lines use earlier ones', () => {
    const r = pad('dau = 10M users\nper_user = 10 requests/user/day\nrequests = dau * per_user\nrequests in /day');
    expect(value(r[2]).quantity).toMatchObject({ unit: 'requests/s', dimension: 'rate', display: '1.16 K requests/s' });
    expect(value(r[3]).quantity.display).toBe('100 M requests/day');
  });

  it('a later definition replaces an earlier one from then on', () => {
    const r = pad('x = 5\ny = x * 2\nx = 7\nz = x * 2\ny');
    expect([r[1], r[3], r[4]].map((x) => value(x).quantity.base)).toEqual([10, 14, 10]);
  });

  it('a variable defined on an erroring line is undefined later, with a message naming that line', () => {
    const r = pad('a = 5\nb = a +\nc = b * 2\nd = a * 2');
    expect(r[1]).toMatchObject({ kind: 'error' });
    expect(r[2]).toMatchObject({ kind: 'error', message: '"b" is undefined: line 2, which defines it, has an error', column: 5 });
    expect(value(r[3]).quantity.base).toBe(10);
  });

  it('a failed redefinition undefines the old value too', () => {
    const r = pad('a = 5\na = 5 MB + 1 s\na');
    expect(r[2]).toMatchObject({ kind: 'error', message: expect.stringContaining('line 2') });
  });

  it('a scope can be carried between single evaluateLine calls', () => {
    const scope = createScope();
    evaluateLine('n = 62^7', scope, 1);
    expect(value(evaluateLine('n / 1B', scope, 2)).quantity.display).toBe('3.52 K');
  });

  it('takes the names people give rates (qps, rps, tps, dau, mau) as variables, and a defined name stays a variable below', () => {
    const r = pad('dau = 100M\nqps = dau * 20 / 86400\nrps = qps * 3\ntps = 5K/s\nmau = dau * 3\nQPS = 2 * qps\nx = 5 qps');
    expect(value(r[1]).quantity.display).toBe('23.1 K');
    expect(value(r[2]).quantity.display).toBe('69.4 K');
    expect(value(r[3]).quantity.display).toBe('5 K /s');
    expect(value(r[4]).quantity.display).toBe('300 M');
    expect(value(r[5]).quantity.display).toBe('46.3 K');
    // Below its definition "qps" is the variable: 5 times it.
    expect(value(r[6]).quantity.display).toBe('116 K');
  });

  it('keeps rate words as units where no variable of that name was defined', () => {
    expect(one('5 qps').display).toBe('5 /s');
    expect(one('100 rps * 1 day').display).toBe('8.64 M');
    const r = pad('x = 5 qps\nqps = 10\ny = 5 qps\nz = x to qps');
    expect(value(r[0]).quantity.display).toBe('5 /s');
    expect(value(r[2]).quantity.display).toBe('50');
    // A conversion target is always a unit.
    expect(value(r[3]).quantity.display).toBe('5 qps');
  });

  it('refuses units, keywords and functions as names', () => {
    expect(error('day = 5').message).toMatch(/"day" is a unit/);
    expect(error('in = 5').message).toMatch(/keyword/);
    expect(error('sqrt = 5').message).toMatch(/function/);
    expect(error('x =').message).toMatch(/nothing after "="/);
  });

  it('takes tags from the menu, or infers them from names whose value fits', () => {
    const lines = [
      { text: 'writes = 10M/day' },
      { text: 'writes = 18B' },
      { text: 'x = 10M/day', tag: 'read-qps' as const },
      { text: 'write_qps = 100/s', tag: null },
      { text: 'storageTotal = 9 TB' },
      { text: 'egress = 1 Gbps' },
      { text: 'rw = 100' },
    ];
    const r = evaluatePad(lines).map((x) => (x.kind === 'value' ? [x.tag, x.inferred] : x.kind));
    expect(r).toEqual([
      ['write-qps', true],
      [undefined, false],
      ['read-qps', false],
      [undefined, false],
      ['storage', true],
      ['bandwidth', true],
      ['read-write-ratio', true],
    ]);
  });
});

describe('inferTag', () => {
  it.each([
    ['write_qps', 'write-qps'],
    ['writes', 'write-qps'],
    ['writeQps', 'write-qps'],
    ['WRITE_RATE', 'write-qps'],
    ['creates', 'write-qps'],
    ['reads', 'read-qps'],
    ['readQPS', 'read-qps'],
    ['redirects', 'read-qps'],
    ['peak', 'peak-qps'],
    ['peak_reads', 'peak-qps'],
    ['storage', 'storage'],
    ['total_storage', 'storage'],
    ['ratio', 'read-write-ratio'],
    ['rw', 'read-write-ratio'],
    ['read_write', 'read-write-ratio'],
    ['bandwidth', 'bandwidth'],
    ['egress', 'bandwidth'],
    ['ingress_bw', 'bandwidth'],
    ['dau', undefined],
    ['records', undefined],
  ])('%s → %s', (name, tag) => {
    expect(inferTag(name)).toBe(tag);
  });
});

describe('errors', () => {
  it.each([
    ['foo * 2', /unknown name "foo"/, 1],
    ['5 MB + 3 s', /units do not match/, undefined],
    ['5 + 3 s', /units do not match/, undefined],
    ['5 +', /ends too early/, 3],
    ['* 5', /expected here/, 1],
    ['(5 + 1', /never closed/, 1],
    ['5 + 1)', /without a matching/, 6],
    ['5 5', /two numbers in a row/, 3],
    ['[1, 2]', /matrices/, 1],
    ['f(x) = x', /functions cannot be defined/, 6],
    ['evaluate(1)', /unknown name "evaluate"/, 1],
    ['import(1)', /unknown name "import"/, 1],
    ['"text"', /quotes/, 1],
    ['a = 1; b = 2', /one expression per line/, 6],
    ['x == 1', /"="/, 3],
    ['5 MB in', /needs a unit after it/, 6],
    ['in TB', /nothing to convert/, 1],
    ['1 / 0', /too large|division by zero/, undefined],
    ['0/0', /not a number/, undefined],
    ['10^10^10', /too large/, undefined],
    ['1e999', /too large/, 1],
    ['(1 s)^100', /power/, undefined],
    ['5 @ 3', /unexpected "@"/, 3],
    ['5 😀 3', /unexpected "😀"/, 3],
    ['3 = 4', /"="/, 3],
    ['dau dau', /unknown name "dau"/, 1],
    ['ceil(5 s)', /ceil\(\) takes a plain number: divide by a unit first/, undefined],
    ['log(5 s)', /log\(\) takes a plain number/, undefined],
    ['max()', /max\(\) needs at least one value/, undefined],
    ['max(1 s, 2)', /max\(\) needs values of one kind/, undefined],
    ['sqrt(-1)', /not a real number/, undefined],
    ['10 in', /needs a unit after it/, 4],
    ['2 * per', /"per" needs something before it/, 5],
    ['1, 2', /","/, 2],
  ])('%s', (text, message, column) => {
    const e = error(text);
    expect(e.message).toMatch(message);
    if (column !== undefined) expect(e.column).toBe(column);
  });

  it('an erroring line leaves the others evaluating', () => {
    const r = pad('a = 1 +\nb = 2\nc = b * 3');
    expect(r.map((x) => x.kind)).toEqual(['error', 'value', 'value']);
  });

  it('guards length, nesting and powers', () => {
    expect(error('1 + '.repeat(300) + '1').message).toMatch(/too long|too many parts/);
    expect(error(`${'('.repeat(30)}1${')'.repeat(30)}`).message).toMatch(/nested too deeply/);
    expect(error(Array.from({ length: 20 }, () => '2').join('^')).message).toMatch(/too many powers/);
  });
});

describe('evaluateExpression', () => {
  it('evaluates a reference figure', () => {
    expect(evaluateExpression('10M/day * 5 year * 500 B')).toMatchObject({ ok: true, quantity: { display: '9.13 TB' } });
    expect(evaluateExpression('nope +')).toMatchObject({ ok: false });
    expect(evaluateExpression('')).toMatchObject({ ok: false });
  });
});

describe('the mathjs instance', () => {
  it('has import, evaluate, parse, createUnit and the like switched off, as a second lock behind the tokenizer', async () => {
    const { getEngine } = await import('./engine');
    const { math } = getEngine();
    expect(() => math.evaluate('1 + 1')).toThrow(/not available/);
    expect(() => math.parse('1')).toThrow(/not available/);
    expect(() => math.import({}, {})).toThrow(/not available/);
    expect(() => math.createUnit('foo')).toThrow(/not available/);
    // The pad itself still works after all that.
    expect(one('1 + 1').base).toBe(2);
  });
});
