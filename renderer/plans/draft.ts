import { Plan, type Phase } from '../../shared/session/plan';

/** A plan being edited: like a Plan, but a cleared minutes field is NaN until filled. */
export type DraftPlan = Plan;

const SUFFIX_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789';

function randomSuffix(length = 4): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (b) => SUFFIX_CHARS[b % SUFFIX_CHARS.length]).join('');
}

/** `My Plan!` → `my-plan`: lowercase words joined by hyphens, as plan and phase ids must be. */
function slugify(text: string, fallback: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug || fallback;
}

/** A new id for a custom plan: a slug of its name and a short random suffix. */
export function newPlanId(name: string): string {
  return `${slugify(name, 'plan')}-${randomSuffix()}`;
}

function newPhaseId(taken: readonly { id: string }[]): string {
  for (;;) {
    const id = `phase-${randomSuffix()}`;
    if (!taken.some((p) => p.id === id)) return id;
  }
}

export function duplicatePlan(plan: Plan): DraftPlan {
  const name = `${plan.name} (copy)`.slice(0, 80);
  return {
    ...structuredClone(plan),
    id: newPlanId(plan.name),
    name,
    description: plan.description ? `Based on ${plan.name}. ${plan.description}` : `Based on ${plan.name}.`,
    builtin: false,
  };
}

export function blankPlan(): DraftPlan {
  const phases: Phase[] = [
    { id: 'clarify', title: 'Clarify scope', minutes: 5, guidance: [], produces: '' },
    { id: 'design', title: 'Design', minutes: 30, guidance: [], produces: '' },
    { id: 'wrap-up', title: 'Wrap-up', minutes: 10, guidance: [], produces: '' },
  ];
  return { id: newPlanId('my plan'), name: 'My plan', description: '', builtin: false, phases };
}

export function newPhase(plan: DraftPlan): Phase {
  return { id: newPhaseId(plan.phases), title: `Phase ${plan.phases.length + 1}`, minutes: 5, guidance: [], produces: '' };
}

/** The draft as it would be saved; an empty minutes field counts as 0, so the message names it. */
export function forValidation(plan: DraftPlan): DraftPlan {
  const saved = toSaved(plan);
  return { ...saved, phases: saved.phases.map((p) => (Number.isFinite(p.minutes) ? p : { ...p, minutes: 0 })) };
}

/** Which fields of which phase are wrong, to mark the inputs. */
export function invalidFields(plan: DraftPlan): { name: boolean; phases: Map<number, Set<string>> } {
  const result = Plan.safeParse(forValidation(plan));
  const phases = new Map<number, Set<string>>();
  let name = false;
  if (!result.success) {
    for (const issue of result.error.issues) {
      const [first, index, field] = issue.path;
      if (first === 'name') name = true;
      if (first === 'phases' && typeof index === 'number' && typeof field === 'string') {
        phases.set(index, (phases.get(index) ?? new Set()).add(field));
      }
    }
  }
  return { name, phases };
}

/** What is sent to plan.save: trimmed, with empty guidance lines dropped. */
export function toSaved(plan: DraftPlan): Plan {
  return {
    ...plan,
    name: plan.name.trim(),
    builtin: false,
    phases: plan.phases.map((p) => ({
      ...p,
      title: p.title.trim(),
      guidance: p.guidance.map((g) => g.trim()).filter(Boolean),
      produces: p.produces.trim(),
    })),
  };
}

export function samePlan(a: DraftPlan, b: DraftPlan): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
