import type { EstimateTag } from './pad';

/** Splits a variable's name into lower-case words: writeQps, write_qps, WRITE-QPS → ['write', 'qps']. */
function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

const has = (words: readonly string[], ...stems: string[]) => words.some((w) => stems.some((s) => w === s || w === `${s}s`));

/**
 * The estimate a variable's name suggests, or undefined. Order matters: "peak_reads" is a peak,
 * "write_storage" is storage, "rw" and "read_write_ratio" are the ratio.
 */
export function inferTag(name: string): EstimateTag | undefined {
  const words = nameWords(name);
  if (words.length === 0) return undefined;
  const joined = words.join('');
  if (has(words, 'peak', 'max', 'burst')) return 'peak-qps';
  if (has(words, 'ratio', 'rw', 'r2w') || /^(read|reads)(to)?(write|writes)$/.test(joined)) return 'read-write-ratio';
  if (has(words, 'storage', 'disk', 'capacity', 'footprint')) return 'storage';
  if (has(words, 'bandwidth', 'bw', 'egress', 'ingress', 'throughput', 'traffic', 'network')) return 'bandwidth';
  if (has(words, 'write', 'wqps', 'create', 'creation', 'insert', 'upload', 'post', 'shorten') || joined.startsWith('write'))
    return 'write-qps';
  if (has(words, 'read', 'rqps', 'redirect', 'view', 'click', 'fetch', 'lookup', 'visit', 'get') || joined.startsWith('read'))
    return 'read-qps';
  return undefined;
}
