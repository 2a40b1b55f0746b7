/**
 * Pairs what the reference expects with what the candidate gave, each given item standing for one
 * expected item at most: a box labelled "Ride service" is not also the dispatch and maps services,
 * an entity "Link" is not also "Hot link", one call is not two operations. A maximum matching by
 * augmenting paths, so an early loose match never takes the item a later, closer one needed.
 * Returns, per expected item, the index of the given item standing for it (or -1).
 */
export function matchOneToOne<E, G>(expected: readonly E[], given: readonly G[], fits: (e: E, g: G) => boolean): number[] {
  const options = expected.map((e) => given.flatMap((g, i) => (fits(e, g) ? [i] : [])));
  const owner = new Map<number, number>();
  const take = (e: number, seen: Set<number>): boolean => {
    for (const g of options[e]!) {
      if (seen.has(g)) continue;
      seen.add(g);
      const held = owner.get(g);
      if (held === undefined || take(held, seen)) {
        owner.set(g, e);
        return true;
      }
    }
    return false;
  };
  expected.forEach((_, e) => take(e, new Set()));
  const matched = expected.map(() => -1);
  for (const [g, e] of owner) matched[e] = g;
  return matched;
}
