import type { Claim } from './claim';

/** Text compared for sameness: case, punctuation and spacing do not make two claims different. */
const plain = (text: string | undefined) => (text ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * What makes two claims the same assertion, or undefined for kinds that are never merged:
 * estimates and decisions are tied to their own lines, components and flows to their own shapes.
 */
function sameness(c: Claim): string | undefined {
  switch (c.kind) {
    case 'requirement':
      return `${c.type}|${c.outOfScope ? 'out' : 'in'}|${plain(c.text)}`;
    case 'api':
      return c.method && c.path ? `${c.method}|${c.path.toLowerCase()}` : plain(c.operation);
    case 'entity':
      return plain(c.name);
    case 'deep-dive':
      return `${plain(c.topic)}|${plain(c.text)}`;
    case 'bottleneck':
      return `${plain(c.what)}|${plain(c.remedy)}`;
    case 'tradeoff':
      return `${plain(c.chose)}|${plain(c.gaveUp)}`;
    case 'risk':
    case 'question':
      return plain(c.text);
    default:
      return undefined;
  }
}

/** How much a claim says: the one that says more is kept when the same claim is written twice. */
const said = (c: Claim) => Object.values(c).filter((v) => (typeof v === 'string' && v.trim() !== '') || (Array.isArray(v) && v.length > 0) || v === true).length;

/**
 * The same claim written in two artifacts (a requirement in the structured notes and again in
 * the free notes, an operation in the API list and in shorthand) is one claim: it earns credit
 * once. Of the copies the one that says most is kept (the earliest among equals), in the place of
 * the first copy, so the order claims were read in stays.
 */
export function dedupeClaims(claims: readonly Claim[]): Claim[] {
  const first = new Map<string, number>();
  const out: Claim[] = [];
  for (const c of claims) {
    const key = sameness(c);
    if (key === undefined || key.endsWith('|') && key.replace(/\|/g, '') === '') {
      out.push(c);
      continue;
    }
    const k = `${c.kind}|${key}`;
    const at = first.get(k);
    if (at === undefined) {
      first.set(k, out.length);
      out.push(c);
      continue;
    }
    const kept = out[at]!;
    if (said(c) > said(kept) || (said(c) === said(kept) && c.source.t < kept.source.t)) out[at] = c;
  }
  return out;
}
