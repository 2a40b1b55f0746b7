import { z } from 'zod';
import { EstimateTag } from '../estimate/pad';

/** The phase kinds of the default plan; prompts key their probes by these. */
export const PhaseKind = z.enum([
  'clarify',
  'estimate',
  'api',
  'data',
  'high-level',
  'deep-dive',
  'bottlenecks',
  'tradeoffs',
]);
export type PhaseKind = z.infer<typeof PhaseKind>;

export const PromptId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lowercase words joined by hyphens, e.g. "url-shortener"');

export const Difficulty = z.enum(['easy', 'medium', 'hard']);
export type Difficulty = z.infer<typeof Difficulty>;

const Text = z.string().trim().min(1, 'must not be empty');

/** What the interviewer says when the candidate asks something close to one of `asks`. */
export const ScriptedAnswer = z
  .object({
    asks: z.array(Text).min(1),
    answer: Text,
  })
  .strict();

/**
 * A figure the interviewer holds to be true. `value` is written in the estimation
 * pad's language (e.g. "10M/day", "500 B") so derived figures are computed, not typed.
 */
export const ReferenceFigure = z
  .object({
    name: Text,
    value: Text,
    note: z.string().optional(),
    /** The pad estimate this figure checks after the session (write QPS, storage...); untagged figures are context only. */
    estimate: EstimateTag.optional(),
    /**
     * The figure as the outline says it ("about 300/s"), for a derived value: tests check
     * the engine's result of `value` agrees with it within 10 percent.
     */
    stated: z.string().optional(),
  })
  .strict();
export type ReferenceFigure = z.infer<typeof ReferenceFigure>;

export const ExpectedComponent = z
  .object({
    kind: Text,
    why: Text,
    synonyms: z.array(Text).default([]),
  })
  .strict();

/** The front matter of a prompt file. Unknown keys are errors so typos surface. */
export const PromptFrontMatter = z
  .object({
    id: PromptId,
    title: Text,
    difficulty: Difficulty,
    tags: z.array(Text).min(1),
    summary: Text.max(200, 'keep the summary under 200 characters'),
    brief: Text,
    answers: z.array(ScriptedAnswer).default([]),
    figures: z.array(ReferenceFigure).default([]),
    components: z.array(ExpectedComponent).default([]),
    tradeoffs: z.array(Text).default([]),
    /** Topics worth going deep on, each a short phrase with what a strong answer covers. */
    deepDives: z.array(Text).default([]),
    probes: z.partialRecord(PhaseKind, z.array(Text)).default({}),
    curveballs: z.array(Text).default([]),
  })
  .strict();
export type PromptFrontMatter = z.infer<typeof PromptFrontMatter>;

/** A loaded prompt: front matter plus the Markdown body, the reference outline. */
export type Prompt = PromptFrontMatter & { outline: string; source: string };

/** What a list shows. Never carries the interviewer's hidden facts. */
export const PromptSummary = z.object({
  id: PromptId,
  title: z.string(),
  difficulty: Difficulty,
  tags: z.array(z.string()),
  summary: z.string(),
});
export type PromptSummary = z.infer<typeof PromptSummary>;

/** What the candidate's window may see of a prompt before and during a session. */
export const PromptBrief = PromptSummary.extend({ brief: z.string() });
export type PromptBrief = z.infer<typeof PromptBrief>;

/** A prompt file that could not be loaded, named precisely enough to fix it. */
export const PromptProblem = z.object({
  file: z.string(),
  line: z.number().int().positive().optional(),
  field: z.string().optional(),
  message: z.string(),
});
export type PromptProblem = z.infer<typeof PromptProblem>;

export function toSummary(p: PromptFrontMatter): PromptSummary {
  return { id: p.id, title: p.title, difficulty: p.difficulty, tags: p.tags, summary: p.summary };
}

export function toBrief(p: PromptFrontMatter): PromptBrief {
  return { ...toSummary(p), brief: p.brief };
}
