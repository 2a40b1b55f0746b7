import { z } from 'zod';

/** The figures a method asks for; the rubric and the interviewer window read lines by these. */
export const EstimateTag = z.enum(['write-qps', 'read-qps', 'peak-qps', 'storage', 'bandwidth', 'read-write-ratio', 'other']);
export type EstimateTag = z.infer<typeof EstimateTag>;

export const PadLine = z.object({
  /** Stable across edits, so a tag or a conclusion stays with its line when others move. */
  id: z.string().min(1).max(64),
  text: z.string().max(2_000),
  /** Chosen from the menu; absent means "infer from the variable's name", null means "not an estimate". */
  tag: EstimateTag.nullable().optional(),
});
export type PadLine = z.infer<typeof PadLine>;

/** "So what does this number decide?": a sentence, optionally tied to the lines it rests on. */
export const Conclusion = z.object({
  id: z.string().min(1).max(64),
  text: z.string().max(2_000),
  lineIds: z.array(z.string()).default([]),
});
export type Conclusion = z.infer<typeof Conclusion>;

export const Scratchpad = z.object({
  lines: z.array(PadLine).max(2_000),
  conclusions: z.array(Conclusion).max(500),
});
export type Scratchpad = z.infer<typeof Scratchpad>;

export const emptyScratchpad = (): Scratchpad => ({ lines: [], conclusions: [] });
