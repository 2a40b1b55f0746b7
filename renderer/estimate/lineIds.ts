import { clipUnits } from '../../shared/clip';
import type { PadLine, Scratchpad } from '../../shared/estimate/pad';

/** The pad's limits (shared/estimate/pad.ts): more would be refused by the session log. */
const MAX_LINES = 2_000;
const MAX_LINE_LENGTH = 2_000;

/** The editor's text as lines: an empty pad has none (not one empty line). */
export function splitLines(text: string): string[] {
  return text === '' ? [] : text.split(/\r\n|\r|\n/);
}

export function joinLines(lines: readonly PadLine[]): string {
  return lines.map((l) => l.text).join('\n');
}

/** A short id, unique enough for one pad (random, so two windows never hand out the same one). */
export function newLineId(): string {
  const bytes = new Uint8Array(9);
  globalThis.crypto.getRandomValues(bytes);
  return `l-${Array.from(bytes, (b) => (b % 36).toString(36)).join('')}`;
}

/** How alike two lines are: the characters they share at the start and at the end. */
function likeness(a: string, b: string): number {
  const shortest = Math.min(a.length, b.length);
  let start = 0;
  while (start < shortest && a[start] === b[start]) start++;
  let end = 0;
  while (end < shortest - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  return start + end;
}

/**
 * The lines after an edit of the pad's text, keeping each line's id (and so its tag, and the
 * conclusions tied to it) where the edit kept the line. The textarea only says what the whole
 * text is now, so the edit is found again here:
 *
 * - lines equal at the start and at the end are the same lines (one keystroke, a paste, Enter,
 *   Backspace at the start of a line: all change one stretch in the middle);
 * - in that stretch, a line typed into keeps its id: each old line goes to the new line most like
 *   it (shared start plus shared end), in order: Enter in the middle of a line leaves the id on
 *   the longer part, a merge keeps the id of the line that brought more of the text;
 * - one line replaced by one line keeps its id even when nothing is alike (select the line, type);
 * - whatever is left over is new (a fresh id, no tag) or gone.
 */
export function reconcileLines(
  previous: readonly PadLine[],
  texts: readonly string[],
  makeId: () => string = newLineId,
): PadLine[] {
  let start = 0;
  while (start < previous.length && start < texts.length && previous[start]!.text === texts[start]) start++;
  let end = 0;
  while (
    end < previous.length - start &&
    end < texts.length - start &&
    previous[previous.length - 1 - end]!.text === texts[texts.length - 1 - end]
  ) {
    end++;
  }

  const oldMiddle = previous.slice(start, previous.length - end);
  const newMiddle = texts.slice(start, texts.length - end);
  const kept: (PadLine | undefined)[] = matchInOrder(oldMiddle, newMiddle);

  const middle = newMiddle.map((text, i): PadLine => {
    const old = kept[i];
    return old ? { ...old, text } : { id: makeId(), text };
  });
  return [
    ...previous.slice(0, start),
    ...middle,
    ...texts.slice(texts.length - end).map((text, i) => previous[previous.length - end + i]!),
  ];
}

/**
 * Pairs old lines with new ones without crossing (an order-keeping alignment, like a diff's),
 * maximising how alike the pairs are; a pair must share something, except a lone line replaced
 * by a lone line. Returns, for each new line, the old line it continues.
 */
function matchInOrder(old: readonly PadLine[], texts: readonly string[]): (PadLine | undefined)[] {
  const result: (PadLine | undefined)[] = texts.map(() => undefined);
  if (old.length === 0 || texts.length === 0) return result;
  if (old.length === 1 && texts.length === 1) {
    result[0] = old[0];
    return result;
  }
  // A big paste over a big selection: pairing by position is good enough and stays cheap.
  if (old.length * texts.length > 250_000) {
    for (let i = 0; i < Math.min(old.length, texts.length); i++) result[i] = old[i];
    return result;
  }
  // best[i][j]: the most likeness pairing old[i..] with texts[j..] can reach.
  const rows = old.length + 1;
  const cols = texts.length + 1;
  const best = new Float64Array(rows * cols);
  const score = (i: number, j: number) => {
    const a = old[i]!.text;
    const b = texts[j]!;
    if (a === b) return a.length + 1_000_000; // identical lines pair first (lines moved by a paste)
    return likeness(a, b);
  };
  for (let i = old.length - 1; i >= 0; i--) {
    for (let j = texts.length - 1; j >= 0; j--) {
      const pair = score(i, j);
      const take = pair > 0 ? pair + best[(i + 1) * cols + j + 1]! : 0;
      best[i * cols + j] = Math.max(take, best[(i + 1) * cols + j]!, best[i * cols + j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  while (i < old.length && j < texts.length) {
    const here = best[i * cols + j]!;
    const pair = score(i, j);
    if (pair > 0 && here === pair + best[(i + 1) * cols + j + 1]!) {
      result[j] = old[i];
      i++;
      j++;
    } else if (here === best[(i + 1) * cols + j]!) {
      i++;
    } else {
      j++;
    }
  }
  return result;
}

/**
 * The pad as it will be recorded: lines and conclusions clipped to what the log accepts, and
 * conclusions no longer pointing at lines that are gone.
 */
export function toRecordedPad(pad: Scratchpad): Scratchpad {
  const lines = pad.lines.slice(0, MAX_LINES).map((l) => (l.text.length > MAX_LINE_LENGTH ? { ...l, text: clipUnits(l.text, MAX_LINE_LENGTH) } : l));
  const ids = new Set(lines.map((l) => l.id));
  const conclusions = pad.conclusions.slice(0, 500).map((c) => {
    const lineIds = c.lineIds.filter((id) => ids.has(id));
    const text = clipUnits(c.text, MAX_LINE_LENGTH);
    return lineIds.length === c.lineIds.length && text === c.text ? c : { ...c, text, lineIds };
  });
  return { lines, conclusions };
}

/** Whether the pad goes over what the log keeps (the editor says so rather than clip silently). */
export function overLimits(pad: Scratchpad): boolean {
  return pad.lines.length > MAX_LINES || pad.lines.some((l) => l.text.length > MAX_LINE_LENGTH);
}

/** Two pads with the same lines (ids, text, tags) and conclusions. */
export function samePad(a: Scratchpad, b: Scratchpad): boolean {
  if (a === b) return true;
  if (a.lines.length !== b.lines.length || a.conclusions.length !== b.conclusions.length) return false;
  for (let i = 0; i < a.lines.length; i++) {
    const x = a.lines[i]!;
    const y = b.lines[i]!;
    if (x.id !== y.id || x.text !== y.text || x.tag !== y.tag) return false;
  }
  for (let i = 0; i < a.conclusions.length; i++) {
    const x = a.conclusions[i]!;
    const y = b.conclusions[i]!;
    if (x.id !== y.id || x.text !== y.text || x.lineIds.join('\n') !== y.lineIds.join('\n')) return false;
  }
  return true;
}
