import type { EstimateTag } from '../../shared/estimate/pad';

/** What the menu and the chips call each estimate. */
export const TAG_LABEL: Record<EstimateTag, string> = {
  'write-qps': 'Write QPS',
  'read-qps': 'Read QPS',
  'peak-qps': 'Peak QPS',
  storage: 'Storage',
  bandwidth: 'Bandwidth',
  'read-write-ratio': 'Read/write ratio',
  other: 'Other estimate',
};

/** The chip's short form, for the narrow results column. */
export const TAG_SHORT: Record<EstimateTag, string> = {
  'write-qps': 'write QPS',
  'read-qps': 'read QPS',
  'peak-qps': 'peak QPS',
  storage: 'storage',
  bandwidth: 'bandwidth',
  'read-write-ratio': 'R:W ratio',
  other: 'other',
};

export const TAG_ORDER: EstimateTag[] = ['write-qps', 'read-qps', 'peak-qps', 'storage', 'bandwidth', 'read-write-ratio', 'other'];
