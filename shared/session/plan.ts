import { z } from 'zod';
import { PhaseKind } from '../schemas/prompt';

export const PHASE_MINUTES = { min: 1, max: 30 } as const;
export const PLAN_MINUTES = { min: 15, max: 120 } as const;

const Slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lowercase words joined by hyphens');

export const Phase = z.object({
  id: Slug,
  title: z.string().trim().min(1, 'give the phase a title').max(60, 'keep the title under 60 characters'),
  /** Which step of the method this phase stands for; prompts' probes and the rubric key on it. */
  kind: PhaseKind.optional(),
  minutes: z
    .number()
    .int('use whole minutes')
    .min(PHASE_MINUTES.min, `a phase lasts at least ${PHASE_MINUTES.min} minute`)
    .max(PHASE_MINUTES.max, `a phase lasts at most ${PHASE_MINUTES.max} minutes`),
  /** Questions to work through in this phase, in our own words. */
  guidance: z.array(z.string().trim().min(1)).default([]),
  /** What the phase should leave behind. */
  produces: z.string().default(''),
});
export type Phase = z.infer<typeof Phase>;

export const Plan = z
  .object({
    id: Slug,
    name: z.string().trim().min(1, 'give the plan a name').max(80),
    /** Where the method comes from, shown beside the name. */
    description: z.string().default(''),
    builtin: z.boolean().default(false),
    phases: z.array(Phase).min(1, 'a plan needs at least one phase').max(20, 'a plan has at most 20 phases'),
  })
  .superRefine((plan, ctx) => {
    const total = totalMinutes(plan);
    if (total < PLAN_MINUTES.min || total > PLAN_MINUTES.max) {
      ctx.addIssue({
        code: 'custom',
        path: ['phases'],
        message: `the phases add up to ${total} minutes; a plan lasts ${PLAN_MINUTES.min} to ${PLAN_MINUTES.max} minutes`,
      });
    }
    const seen = new Set<string>();
    plan.phases.forEach((phase, i) => {
      if (seen.has(phase.id)) ctx.addIssue({ code: 'custom', path: ['phases', i, 'id'], message: `two phases share the id "${phase.id}"` });
      seen.add(phase.id);
    });
  });
export type Plan = z.infer<typeof Plan>;

export function totalMinutes(plan: { phases: readonly { minutes: number }[] }): number {
  return plan.phases.reduce((sum, p) => sum + p.minutes, 0);
}

/** Messages a person can act on, each naming the phase it is about. */
export function describePlanProblems(plan: unknown): string[] {
  const result = Plan.safeParse(plan);
  if (result.success) return [];
  const phases = (plan as { phases?: { title?: string }[] } | null)?.phases ?? [];
  return result.error.issues.map((issue) => {
    const [first, index] = issue.path;
    if (first === 'phases' && typeof index === 'number') {
      const title = phases[index]?.title?.trim();
      return `Phase ${index + 1}${title ? ` “${title}”` : ''}: ${issue.message}`;
    }
    return first === 'phases' || first === undefined ? capitalise(issue.message) : `${capitalise(String(first))}: ${issue.message}`;
  });
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
