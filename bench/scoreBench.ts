import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { SessionEvent } from '../shared/session/events';
import type { PromptSnapshot } from '../shared/session/exportFile';
import { scoreSession } from '../shared/rubric/score';
import { strongSession } from '../shared/rubric/testing/sessions';
import { checkPromptFile } from '../node/services/promptLibrary';
import { median, round } from './stats';

export type ScoreBenchResult = {
  /** Events in the scored session. */
  scoreEvents: number;
  /** scoreSession on it (fold, pad, diagram, every rule): the median of the timed runs. */
  score20kMs: number;
};

/** The URL-shortener prompt as the app loads it. */
export async function loadBenchPrompt(root: string): Promise<PromptSnapshot> {
  const file = join(root, 'prompts/url-shortener.md');
  const checked = checkPromptFile(file, await readFile(file, 'utf8'));
  if (!('prompt' in checked)) throw new Error(`${file}: ${checked.problems.map((p) => p.message).join('; ')}`);
  const { source: _source, ...prompt } = checked.prompt;
  return prompt;
}

/**
 * The strong fixture session stretched to `total` events the way a long session grows: after
 * each of its own events come drags of the boxes drawn so far, pad edits and free-text notes,
 * in the same phase and moment, so every rule has a full record to read.
 */
export function stretchedSession(prompt: PromptSnapshot, total: number): SessionEvent[] {
  const own = strongSession(prompt).build();
  const end = own.pop()!;
  const fillers = total - own.length - 1;
  const perEvent = Math.floor(fillers / own.length);
  let extra = fillers - perEvent * own.length;
  const out: SessionEvent[] = [];
  const drawn = new Map<string, SessionEvent & { type: 'canvas.changed' }>();
  let pad: Extract<SessionEvent, { type: 'scratchpad.changed' }>['payload'] = { lines: [], conclusions: [] };
  let words = 0;
  for (const e of own) {
    out.push(e);
    if (e.type === 'canvas.changed') drawn.set(e.payload.added[0]!.id, e);
    if (e.type === 'scratchpad.changed') pad = e.payload;
    const n = perEvent + (extra-- > 0 ? 1 : 0);
    for (let i = 0; i < n; i++) {
      const envelope = { v: 1 as const, seq: 0, t: e.t, at: e.at, phase: e.phase };
      const shapes = [...drawn.values()].map((d) => d.payload.added[0]!);
      if (i % 3 === 0 && shapes.length > 0) {
        const shape = shapes[i % shapes.length]!;
        const moved = { ...shape, x: (shape.x as number) + (i % 7), version: shape.version + i + 1, versionNonce: i };
        out.push({ ...envelope, type: 'canvas.changed', payload: { added: [], changed: [moved], deleted: [], files: [] } });
      } else if (i % 3 === 1 && pad.lines.length > 0) {
        out.push({ ...envelope, type: 'scratchpad.changed', payload: { ...pad, lines: pad.lines.map((l, j) => (j === pad.lines.length - 1 ? { ...l, text: `${l.text} ` } : l)) } });
      } else {
        words += 1;
        out.push({ ...envelope, type: 'notes.changed', payload: { phase: e.phase, text: 'word '.repeat(words % 400) } });
      }
    }
  }
  out.push(end);
  return out.map((e, i) => ({ ...e, seq: i + 1 }));
}

/** Times scoring a `total`-event session: one warm-up, then the median of `repeats` runs. */
export function benchScore(prompt: PromptSnapshot, total = 20_000, repeats = 7): ScoreBenchResult {
  const events = stretchedSession(prompt, total);
  scoreSession({ prompt, events, level: 'senior' });
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const started = performance.now();
    scoreSession({ prompt, events, level: 'senior' });
    times.push(performance.now() - started);
  }
  return { scoreEvents: events.length, score20kMs: round(median(times), 1) };
}
