import { areaOf, boxContains, boxGap, boxOf, centreOf, distanceToShape, endpointsOf, overlapArea, rotatedBoxOf, type Box, type Point } from './geometry';
import type { CanvasState } from './element';
import { kindOf, type ComponentKind, type KindMatch } from './kinds';
import { visibleElements } from './scene';

export type { ComponentKind, KindMatch } from './kinds';

/**
 * Diagram analysis: from Excalidraw elements to the architecture they draw.
 *
 * - A **component** is a closed shape (rectangle, ellipse, diamond, image) with the text
 *   that labels it: its bound text (Excalidraw's `containerId`), a free text grouped with
 *   it, or a free text placed inside it. Unlabelled shapes grouped with a labelled one
 *   and overlapping it are parts of that component (a cylinder's ellipses, a stacked
 *   worker's second box). A free text that an arrow is bound to stands for a component too.
 * - A **connection** is an arrow whose two ends reach components, by binding, or else by
 *   the nearest shape within `NEAR` of the end (the smallest shape when the end is inside
 *   several). A line counts only when it joins two different components; otherwise it is
 *   decoration (a queue's dividers).
 * - An arrow with an end that reaches nothing is **dangling**.
 * - A free text attached to nothing is an **annotation** (a number, a note).
 *
 * Deleted elements are ignored. Pass the elements in stacking order: results follow it.
 */

/** How far (scene px) from a shape an unbound arrow end, or a grouped text, may be and still belong to it. */
export const NEAR = 50;

/** The fields analysis reads. Excalidraw elements, parsed `.excalidraw` files and `CanvasElement`s all fit. */
export type ElementLike = {
  readonly id: string;
  readonly type: string;
  readonly isDeleted?: boolean;
  readonly [key: string]: unknown;
};

export type ComponentShape = 'rectangle' | 'ellipse' | 'diamond' | 'image' | 'text';

export type Component = {
  /** The id of the element that is the component: its main shape, or a free text. */
  readonly id: string;
  readonly shape: ComponentShape;
  /** Its label on one line ('' when unlabelled). */
  readonly label: string;
  readonly kind: ComponentKind;
  /** The words that decided the kind, and whether they were generic ("DB", "server"). */
  readonly kindMatch: KindMatch;
  /** Where its label came from. */
  readonly labelFrom: 'bound-text' | 'grouped-text' | 'text-inside' | 'own-text' | null;
  /** Every element drawn for it: the shape, its parts, its label texts. For highlighting and evidence. */
  readonly elementIds: readonly string[];
  /** The box around the main shape. */
  readonly bounds: Box;
  /** Components drawn entirely inside this one (a region, a cluster). */
  readonly contains: readonly string[];
  /** The phase in which its main element was first drawn, when known. */
  readonly firstPhase: string | null;
};

/** How one end of an arrow found its component. */
export type Resolution = 'binding' | 'nearest';

export type Connection = {
  /** The arrow's (or line's) id. */
  readonly id: string;
  readonly type: 'arrow' | 'line';
  /** Component ids. For a one-way arrow, `from` is the tail and `to` the head. */
  readonly from: string;
  readonly to: string;
  readonly label: string;
  /** 'forward': from → to; 'both': arrowheads at both ends; 'none': a plain line or headless arrow. */
  readonly direction: 'forward' | 'both' | 'none';
  readonly resolvedBy: { readonly from: Resolution; readonly to: Resolution };
  readonly elementIds: readonly string[];
  readonly firstPhase: string | null;
};

export type DanglingArrow = {
  readonly id: string;
  /** The component at each end, or null where the end reaches nothing. In the arrow's own start → end order. */
  readonly start: string | null;
  readonly end: string | null;
  readonly label: string;
  readonly elementIds: readonly string[];
  readonly firstPhase: string | null;
};

export type Annotation = { readonly id: string; readonly text: string; readonly bounds: Box; readonly firstPhase: string | null };

export type DiagramAnalysis = {
  readonly components: readonly Component[];
  readonly connections: readonly Connection[];
  /** Ids of components with no label, leaving out boxes drawn around two or more others. */
  readonly unlabelled: readonly string[];
  readonly dangling: readonly DanglingArrow[];
  readonly annotations: readonly Annotation[];
};

export type AnalyseOptions = {
  /** The phase each element was first drawn in (`CanvasState.firstPhase`). */
  readonly firstPhase?: Readonly<Record<string, string>>;
};

const SHAPE_TYPES = new Set(['rectangle', 'ellipse', 'diamond', 'image']);
const LINEAR_TYPES = new Set(['arrow', 'line']);

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const groupsOf = (e: ElementLike): readonly string[] => (Array.isArray(e.groupIds) ? e.groupIds.filter((g): g is string => typeof g === 'string') : []);
const oneLine = (texts: readonly string[]): string => texts.join(' ').replace(/\s+/g, ' ').trim();

/** A text element's words: `originalText` (before wrapping, so no word is split), else `text`. */
function textOf(element: ElementLike): string {
  return str(element.originalText) || str(element.text) || '';
}

function bindingTarget(value: unknown): string | null {
  return value && typeof value === 'object' && 'elementId' in value ? str((value as { elementId: unknown }).elementId) : null;
}

type Label = { readonly text: string; readonly textId: string; readonly from: NonNullable<Component['labelFrom']> };

export function analyseDiagram(elements: readonly ElementLike[], options: AnalyseOptions = {}): DiagramAnalysis {
  const phaseOf = (id: string) => options.firstPhase?.[id] ?? null;
  const live = elements.filter((e) => e.isDeleted !== true && typeof e.id === 'string');
  const byId = new Map(live.map((e) => [e.id, e]));
  const stack = new Map(live.map((e, i) => [e.id, i]));
  const shapes = live.filter((e) => SHAPE_TYPES.has(e.type));
  const linears = live.filter((e) => LINEAR_TYPES.has(e.type));
  const texts = live.filter((e) => e.type === 'text' && textOf(e).trim() !== '');
  const boxes = new Map(live.map((e) => [e.id, boxOf(e)]));
  const box = (e: ElementLike) => boxes.get(e.id)!;

  // 1. Labels: bound text first, then free text by group, then free text inside a shape.
  const labels = new Map<string, Label[]>();
  const label = (ownerId: string, l: Label) => labels.set(ownerId, [...(labels.get(ownerId) ?? []), l]);
  const freeTexts: ElementLike[] = [];
  for (const t of texts) {
    const container = byId.get(str(t.containerId) ?? '');
    if (container && (SHAPE_TYPES.has(container.type) || LINEAR_TYPES.has(container.type))) label(container.id, { text: textOf(t), textId: t.id, from: 'bound-text' });
    else freeTexts.push(t);
  }
  const annotationTexts: ElementLike[] = [];
  for (const t of freeTexts) {
    const owner = ownerByGroup(t) ?? smallestShapeContaining(centreOf(box(t)));
    if (!owner) annotationTexts.push(t);
    else label(owner.element.id, { text: textOf(t), textId: t.id, from: owner.how });
  }

  function ownerByGroup(t: ElementLike): { element: ElementLike; how: 'grouped-text' } | null {
    for (const group of groupsOf(t)) {
      const inGroup = (e: ElementLike) => groupsOf(e).includes(group);
      const groupShapes = shapes.filter(inGroup);
      const pool = groupShapes.length > 0 ? groupShapes : linears.filter(inGroup);
      if (pool.length === 0) continue;
      if (pool.length === 1) return { element: pool[0]!, how: 'grouped-text' };
      const nearest = nearestTo(pool, (e) => boxGap(box(e), box(t)));
      if (nearest && nearest.distance <= NEAR) return { element: nearest.element, how: 'grouped-text' };
    }
    return null;
  }

  function smallestShapeContaining(point: Point): { element: ElementLike; how: 'text-inside' } | null {
    const inside = shapes.filter((s) => distanceToShape(s, point, box(s)) === 0);
    const best = smallest(inside);
    return best ? { element: best, how: 'text-inside' } : null;
  }

  function smallest(list: readonly ElementLike[]): ElementLike | undefined {
    // Smallest area; among equals the one on top.
    return [...list].sort((a, b) => areaOf(box(a)) - areaOf(box(b)) || stack.get(b.id)! - stack.get(a.id)!)[0];
  }

  function nearestTo(list: readonly ElementLike[], distance: (e: ElementLike) => number): { element: ElementLike; distance: number } | null {
    let best: { element: ElementLike; distance: number } | null = null;
    for (const element of list) {
      const d = distance(element);
      const better = !best || d < best.distance - 1e-9 || (Math.abs(d - best.distance) <= 1e-9 && areaOf(box(element)) < areaOf(box(best.element)));
      if (better) best = { element, distance: d };
    }
    return best;
  }

  // 2. Parts: an unlabelled shape grouped with labelled ones it overlaps belongs to the one it overlaps most.
  const ownerOf = new Map<string, string>();
  const labelled = shapes.filter((s) => labels.has(s.id));
  for (const s of shapes) {
    if (labels.has(s.id)) continue;
    for (const group of groupsOf(s)) {
      const candidates = labelled.filter((l) => groupsOf(l).includes(group) && overlapArea(box(l), box(s)) > 0);
      if (candidates.length === 0) continue;
      const best = candidates.reduce((a, b) => (overlapArea(box(b), box(s)) > overlapArea(box(a), box(s)) ? b : a));
      ownerOf.set(s.id, best.id);
      break;
    }
  }

  // 3. Free texts that arrows are bound to stand for components of their own.
  const boundTargets = new Set(linears.flatMap((l) => [bindingTarget(l.startBinding), bindingTarget(l.endBinding)]).filter((id): id is string => id !== null));
  const textComponents = annotationTexts.filter((t) => boundTargets.has(t.id));
  const annotations = annotationTexts.filter((t) => !boundTargets.has(t.id));

  const mainShapes = shapes.filter((s) => !ownerOf.has(s.id));
  const componentElements = [...mainShapes, ...textComponents].sort((a, b) => stack.get(a.id)! - stack.get(b.id)!);
  const containsOf = new Map<string, string[]>();
  const turned = new Map(componentElements.map((e) => [e.id, rotatedBoxOf(e)]));
  for (const outer of componentElements) {
    if (outer.type === 'text') continue;
    const outerBox = turned.get(outer.id)!;
    const inner = componentElements.filter((c) => c !== outer && boxContains(outerBox, turned.get(c.id)!) && areaOf(box(c)) < areaOf(box(outer)));
    containsOf.set(outer.id, inner.map((c) => c.id));
  }

  const components: Component[] = componentElements.map((e) => {
    const own = e.type === 'text' ? [{ text: textOf(e), textId: e.id, from: 'own-text' as const }] : (labels.get(e.id) ?? []);
    const labelText = oneLine(own.map((l) => l.text));
    const parts = shapes.filter((s) => ownerOf.get(s.id) === e.id).map((s) => s.id);
    const kindMatch = kindOf(labelText);
    return {
      id: e.id,
      shape: e.type as ComponentShape,
      label: labelText,
      kind: kindMatch.kind,
      kindMatch,
      labelFrom: own[0]?.from ?? null,
      elementIds: [e.id, ...parts, ...own.map((l) => l.textId).filter((id) => id !== e.id)],
      bounds: box(e),
      contains: containsOf.get(e.id) ?? [],
      firstPhase: phaseOf(e.id),
    };
  });
  const componentIds = new Set(components.map((c) => c.id));

  // 4. Arrows and lines: resolve each end to a component.
  /** The component an element stands for, if any: itself, its owner, or its label's owner. */
  const labelOwner = new Map([...labels].flatMap(([ownerId, ls]) => ls.map((l) => [l.textId, ownerId] as const)));
  const componentFor = (id: string): string | null => {
    if (componentIds.has(id)) return id;
    const owner = ownerOf.get(id);
    if (owner) return owner;
    const labelled = labelOwner.get(id);
    return labelled && labelled !== id ? componentFor(labelled) : null;
  };
  const reachable = [...shapes, ...textComponents];
  const resolveEnd = (binding: unknown, point: Point | undefined): { id: string; by: Resolution } | null => {
    const target = bindingTarget(binding);
    const bound = target && byId.has(target) ? componentFor(target) : null;
    if (bound) return { id: bound, by: 'binding' };
    if (!point) return null;
    // Inside one or more: the smallest. Else the nearest within NEAR (the smaller on a tie).
    const nearest = nearestTo(reachable, (e) => distanceTo(e, point));
    if (!nearest || nearest.distance > NEAR) return null;
    const chosen = nearest.distance === 0 ? smallest(reachable.filter((e) => distanceTo(e, point) === 0))! : nearest.element;
    return { id: componentFor(chosen.id)!, by: 'nearest' };
  };
  const distanceTo = (e: ElementLike, p: Point) => (e.type === 'text' ? boxGap(box(e), { x: p.x, y: p.y, width: 0, height: 0 }) : distanceToShape(e, p, box(e)));

  const connections: Connection[] = [];
  const dangling: DanglingArrow[] = [];
  for (const l of linears) {
    const ends = endpointsOf(l);
    const start = resolveEnd(l.startBinding, ends?.start);
    const end = resolveEnd(l.endBinding, ends?.end);
    const own = labels.get(l.id) ?? [];
    const labelText = oneLine(own.map((x) => x.text));
    const elementIds = [l.id, ...own.map((x) => x.textId)];
    if (l.type === 'line') {
      // A line is a connection only when it clearly joins two things; else it is drawing.
      if (start && end && start.id !== end.id) {
        connections.push({ id: l.id, type: 'line', from: start.id, to: end.id, label: labelText, direction: 'none', resolvedBy: { from: start.by, to: end.by }, elementIds, firstPhase: phaseOf(l.id) });
      }
      continue;
    }
    if (!start || !end) {
      dangling.push({ id: l.id, start: start?.id ?? null, end: end?.id ?? null, label: labelText, elementIds, firstPhase: phaseOf(l.id) });
      continue;
    }
    const headAtStart = str(l.startArrowhead) !== null;
    // Excalidraw's default arrow has a head at its end; a missing field means the default.
    const headAtEnd = l.endArrowhead === undefined ? true : str(l.endArrowhead) !== null;
    const reversed = headAtStart && !headAtEnd;
    const [from, to] = reversed ? [end, start] : [start, end];
    connections.push({
      id: l.id,
      type: 'arrow',
      from: from.id,
      to: to.id,
      label: labelText,
      direction: headAtStart && headAtEnd ? 'both' : headAtStart || headAtEnd ? 'forward' : 'none',
      resolvedBy: { from: from.by, to: to.by },
      elementIds,
      firstPhase: phaseOf(l.id),
    });
  }

  return {
    components,
    connections,
    unlabelled: components.filter((c) => c.label === '' && c.contains.length < 2).map((c) => c.id),
    dangling,
    annotations: annotations.map((t) => ({ id: t.id, text: oneLine([textOf(t)]), bounds: box(t), firstPhase: phaseOf(t.id) })),
  };
}

/** The diagram a session's canvas shows now, with the phase each part was first drawn in. */
export function analyseCanvas(canvas: CanvasState): DiagramAnalysis {
  return analyseDiagram(visibleElements(canvas), { firstPhase: canvas.firstPhase });
}

/** The components of one kind, in stacking order. */
export function componentsOfKind(analysis: DiagramAnalysis, kind: ComponentKind): Component[] {
  return analysis.components.filter((c) => c.kind === kind);
}

/** The connections that touch a component, either way. */
export function connectionsOf(analysis: DiagramAnalysis, componentId: string): Connection[] {
  return analysis.connections.filter((c) => c.from === componentId || c.to === componentId);
}
