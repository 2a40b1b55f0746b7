import { tidy, type Draft } from './draft';

type FlowDraft = Extract<Draft, { kind: 'flow' }>;

/** An arrow between two names: "->", "→", "=>", "-->", "⟶". */
export const ARROW = /\s*(?:-{1,2}>|→|⟶|=>|➔)\s*/;

/** A step of a chain: a short name, not a sentence (at most five words, no digits-only). */
function isName(text: string): boolean {
  const t = tidy(text);
  return t !== '' && t.split(/\s+/).length <= 5 && /\p{L}/u.test(t) && !/[?!]$/.test(t);
}

/**
 * The flows a chain of arrows writes: "client -> LB -> app -> Redis" is three flows. A step
 * labelled "app -(miss)-> DB" or "app -> DB (on miss)" keeps its label. Text without an arrow,
 * or whose steps are sentences, has none.
 */
export function flowsIn(text: string): FlowDraft[] {
  if (!ARROW.test(text)) return [];
  // "a -> b; c -> d" is two chains: a semicolon ends one.
  const chains = text.split(/\s*;\s+/);
  if (chains.length > 1) return chains.flatMap(flowsIn);
  return chainFlows(text);
}

function chainFlows(text: string): FlowDraft[] {
  if (!ARROW.test(text)) return [];
  // "upload: client -> api": the words before a colon name the flow, they are no step of it.
  const named = /^\s*[^:>→⟶➔]{1,30}:\s+(?=\S)/.exec(text);
  const chain = named && ARROW.test(text.slice(named[0].length)) ? text.slice(named[0].length) : text;
  const steps = chain.split(ARROW).map((s) => s.trim());
  if (steps.length < 2) return [];
  const out: FlowDraft[] = [];
  for (let i = 0; i + 1 < steps.length; i += 1) {
    let to = steps[i + 1]!;
    let label: string | undefined;
    const paren = /\s*\(([^()]+)\)\s*$/.exec(to);
    if (paren) {
      label = tidy(paren[1]!);
      to = to.slice(0, paren.index);
    }
    // "A, then B": a chain written in a sentence keeps only the names.
    const from = steps[i]!.replace(/\s*\([^()]*\)\s*$/, '');
    // A step that is no name ("-> 302", a sentence) ends the chain; a chain that starts with one is prose.
    if (!isName(from) || !isName(to)) return out;
    out.push({ kind: 'flow', from: tidy(from), to: tidy(to), ...(label ? { label } : {}) });
  }
  return out;
}
