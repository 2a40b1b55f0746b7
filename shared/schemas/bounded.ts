import type { z } from 'zod';

/**
 * Limits for the fields a loose object keeps without knowing them (a newer Excalidraw's,
 * `customData`). They are passed through as they are, so without a bound a page could send
 * a value nested thousands of levels deep that no JSON writer can serialise again.
 * Excalidraw's own elements nest a handful of levels (`points`, `boundElements`).
 */
const LOOSE_MAX_DEPTH = 64;
/** Values (objects, arrays, strings, numbers…) in one loose object: a long freehand stroke has ~100k. */
const LOOSE_MAX_VALUES = 1_000_000;

type Found = { key: string; problem: string } | undefined;

/** Walks `value` without recursion (a deep value must not overflow the stack here either). */
function measure(root: unknown, maxDepth: number, budget: { left: number }): string | undefined {
  const stack: { value: unknown; depth: number }[] = [{ value: root, depth: 1 }];
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    if (--budget.left < 0) return `holds more than ${LOOSE_MAX_VALUES.toLocaleString('en')} values`;
    if (typeof value !== 'object' || value === null) continue;
    if (depth > maxDepth) return `nested more than ${maxDepth} levels deep`;
    for (const child of Array.isArray(value) ? value : Object.values(value)) stack.push({ value: child, depth: depth + 1 });
  }
  return undefined;
}

function firstProblem(object: Record<string, unknown>): Found {
  const budget = { left: LOOSE_MAX_VALUES };
  for (const [key, value] of Object.entries(object)) {
    // The object itself is level 1, so its fields start at 2.
    const problem = measure(value, LOOSE_MAX_DEPTH - 1, budget);
    if (problem) return { key, problem };
  }
  return undefined;
}

/**
 * Bounds a loose object's depth and size; an issue names the field that breaks the bound
 * (`customData`), so the refusal says where.
 */
export function bounded<T extends z.ZodType<Record<string, unknown>>>(schema: T): T {
  return schema.superRefine((value, ctx) => {
    const found = firstProblem(value);
    if (found) ctx.addIssue({ code: 'custom', path: [found.key], message: found.problem });
  }) as unknown as T;
}
