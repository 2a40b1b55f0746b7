import { z } from 'zod';

/**
 * Speech heard while the session ran, as the voice detector found it: one segment per stretch
 * of talk, on the session clock (ms). A segment never spans a phase change, since the window
 * closes the open one before it sends the change, so the event's phase is where it was said.
 */
export const SpeechSegment = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    /**
     * Since when (session ms) the detector had listened without a break up to this segment: the
     * time before it (the model loading, a crash) was not heard, so it is no silence.
     */
    listenedFrom: z.number().int().nonnegative().optional(),
  })
  .refine((s) => s.end >= s.start, { message: 'a speech segment ends after it starts', path: ['end'] })
  .refine((s) => s.listenedFrom === undefined || s.listenedFrom <= s.start, { message: 'the detector listened before the segment began', path: ['listenedFrom'] });
export type SpeechSegment = z.infer<typeof SpeechSegment>;

/** A segment as the folded session keeps it: with the phase it was said in. */
export const HeardSegment = z.object({ start: z.number(), end: z.number(), listenedFrom: z.number().optional(), phase: z.string() });
export type HeardSegment = z.infer<typeof HeardSegment>;

export type SegmenterOptions = {
  /** How much audio one frame of the model covers (ms). */
  frameMs: number;
  /** A frame at or above this probability begins speech. */
  positive?: number;
  /** Speech goes on while frames stay at or above this (hysteresis keeps a soft word in). */
  negative?: number;
  /** Quiet this long ends a segment; shorter gaps between words stay inside it. */
  hangoverMs?: number;
  /** A segment shorter than this is a click or a breath, not talk. */
  minSpeechMs?: number;
};

/**
 * Turns the model's speech probability per frame into segments. Pure and fed frame by frame,
 * so the same code runs on the microphone live and in tests. Times are the frame's own start
 * on the session clock, so a slow machine that processes frames late still places them right.
 */
export class SpeechSegmenter {
  private readonly frameMs: number;
  private readonly positive: number;
  private readonly negative: number;
  private readonly hangoverMs: number;
  private readonly minSpeechMs: number;
  private start: number | undefined;
  private lastSpeech = 0;

  constructor(options: SegmenterOptions) {
    this.frameMs = options.frameMs;
    this.positive = options.positive ?? 0.5;
    this.negative = options.negative ?? 0.35;
    this.hangoverMs = options.hangoverMs ?? 300;
    this.minSpeechMs = options.minSpeechMs ?? 200;
  }

  /** Whether speech is going on now (for the live meter). */
  get speaking(): boolean {
    return this.start !== undefined;
  }

  /** One frame beginning at session time `t`; returns a segment when this frame closes one. */
  push(probability: number, t: number): SpeechSegment | undefined {
    const frameEnd = t + this.frameMs;
    if (this.start === undefined) {
      if (probability >= this.positive) {
        this.start = t;
        this.lastSpeech = frameEnd;
      }
      return undefined;
    }
    if (probability >= this.negative) {
      this.lastSpeech = frameEnd;
      return undefined;
    }
    return frameEnd - this.lastSpeech >= this.hangoverMs ? this.close() : undefined;
  }

  /** Ends any open segment now (a pause, a phase change, the end): returns it if it counts. */
  close(): SpeechSegment | undefined {
    const start = this.start;
    this.start = undefined;
    if (start === undefined || this.lastSpeech - start < this.minSpeechMs) return undefined;
    return { start: Math.round(start), end: Math.round(this.lastSpeech) };
  }
}
