import { useEffect, useState } from 'react';
import type { StartupNotice } from '../../shared/bridge/contract';
import { subscribe } from '../bridge/bridge';
import { useAppStore } from '../store/store';
import { Notice } from '../ui/Notice';
import { selectAppInfo } from './appInfoSlice';

/** Each start-up notice titled by what it is, so a full disk does not read as a damaged file. */
const TITLE: Record<StartupNotice['kind'], string> = {
  'damaged-file': 'A damaged file was set aside',
  'read-only': 'The data folder is read-only',
  'low-space': 'The disk is nearly full',
  'half-made-session': 'A half-made session was set aside',
};

/**
 * What the host found while starting, each dismissable, and the disk's free space as it is
 * now: once the host has checked it while a session is written, that replaces the start-up
 * low-space notice (shown while low, gone once there is room again).
 */
export function StartupNotices() {
  const appInfo = useAppStore(selectAppInfo);
  const [dismissed, setDismissed] = useState<string[]>([]);
  // undefined: not checked since start; null: checked, room enough.
  const [space, setSpace] = useState<string | null | undefined>(undefined);
  useEffect(() => subscribe('disk.space', ({ warning }) => setSpace(warning ?? null)), []);
  if (appInfo.status !== 'ready') return null;
  const notices = appInfo.value.notices.filter((n) => !dismissed.includes(n.text) && !(n.kind === 'low-space' && space !== undefined));
  return (
    <>
      {notices.map((notice) => (
        <Notice key={notice.text} tone="warning" title={TITLE[notice.kind]} onDismiss={() => setDismissed((d) => [...d, notice.text])}>
          {notice.text}
        </Notice>
      ))}
      {typeof space === 'string' && (
        <Notice tone="warning" title="The disk is nearly full">
          {space}
        </Notice>
      )}
    </>
  );
}
