import { present, tidy, type Draft } from './draft';

type BottleneckDraft = Extract<Draft, { kind: 'bottleneck' }>;

/**
 * A bottleneck written in a line: "hot keys at 100x -> shard by key + cache", "100x: DB writes
 * → partition by user", "cache tier (10x) fix: more replicas", "at 50K writes/s the primary
 * saturates -> shard". Outside the bottlenecks (`inBottlenecks` false) a line counts only with
 * both a load and a remedy, so "this fits in 10x less space" is none.
 */

const LOAD = /(?:\bat\s+|@\s*|\(\s*)?(\d+(?:\.\d+)?\s*[x×](?![a-z])|\d+(?:\.\d+)?\s*[kKMB]?\s*(?:qps|rps|writes?\/s|reads?\/s|req\/s|requests?\/s|\/s|users|dau|tps))\s*\)?/i;
const REMEDY = /\s*(?:->|→|=>|⟶|\bfix(?:ed)?\s*(?:by|with)?\s*:?|\bremedy\s*:?|\bmitigat(?:e|ion)\s*:?|\bsolution\s*:?|;\s*|\s[-–—]\s)\s*/i;

export function bottleneckFromText(text: string, inBottlenecks: boolean): BottleneckDraft | undefined {
  let t = text.trim();
  let atLoad: string | undefined;
  const load = LOAD.exec(t);
  if (load) {
    atLoad = load[1]!.replace(/\s+/g, '').replace('×', 'x');
    t = `${t.slice(0, load.index)} ${t.slice(load.index + load[0].length)}`.replace(/^\s*[:,-]\s*/, '').trim();
  }
  let what = t;
  let remedy: string | undefined;
  const r = REMEDY.exec(t);
  // "The gateway holds 420K open streams: more gateway instances …": in prose a colon after the
  // problem (a few words at least) introduces what to do about it.
  // A colon before the first separator wins: "the index outgrows one cluster: downsample …; queries lose detail".
  const colon = /^(\S+(?:\s+\S+){2,}?)\s*:\s+(\S.*)$/.exec(t);
  if (colon && (!r || colon[1]!.length < r.index)) {
    what = colon[1]!;
    remedy = tidy(colon[2]!);
  } else if (r && r.index > 0) {
    what = t.slice(0, r.index);
    remedy = tidy(t.slice(r.index + r[0].length));
  }
  what = tidy(what.replace(/[:,]\s*$/, ''));
  if (what === '' && !remedy) return undefined;
  if (!inBottlenecks && !(atLoad && remedy)) return undefined;
  return { kind: 'bottleneck', what, ...present({ atLoad, remedy }) };
}
