import * as fs from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import type { StoreFs } from '../storeFs';

export type Fault =
  /** Every write takes at most this many bytes (the OS may do that; the caller must go on). */
  | { kind: 'short'; max: number }
  /** Writes fail with `code` once `room` more bytes have gone in (a disk filling up: part of a write lands). */
  | { kind: 'fail'; code: 'ENOSPC' | 'EROFS' | 'EIO'; room: number };

/**
 * A disk that misbehaves on demand, under the session store's file-system seam. Set `fault`
 * to make writes short or failing from then on; reads and everything else are the real disk.
 * `rename`/`link`/`truncate`/`open` for writing fail too while a failing fault has no room left.
 */
export function faultyFs(): { fs: StoreFs; set(fault: Fault | undefined): void } {
  let fault: Fault | undefined;
  const refuse = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });
  const noRoom = () => fault?.kind === 'fail' && fault.room <= 0;
  const wrap = (handle: FileHandle): FileHandle =>
    new Proxy(handle, {
      get(target, key, receiver) {
        if (key === 'write') {
          return async (buffer: Uint8Array, offset = 0, length = buffer.length - offset, position?: number | null) => {
            let take = length;
            if (fault?.kind === 'short') take = Math.min(length, fault.max);
            if (fault?.kind === 'fail') {
              if (fault.room <= 0) throw refuse(fault.code);
              take = Math.min(length, fault.room);
              fault.room -= take;
            }
            return target.write(buffer, offset, take, position);
          };
        }
        if (key === 'writeFile') {
          return async (data: Uint8Array | string) => {
            if (noRoom()) throw refuse((fault as { code: string }).code);
            return target.writeFile(data);
          };
        }
        const value = Reflect.get(target, key, receiver) as unknown;
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
  const guarded =
    <A extends unknown[], R>(call: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      if (noRoom()) throw refuse((fault as { code: string }).code);
      return call(...args);
    };
  const faulty: StoreFs = {
    ...fs,
    open: (async (path: string, flags?: string, mode?: number) => {
      if (flags !== undefined && flags !== 'r' && noRoom()) throw refuse((fault as { code: string }).code);
      return wrap(await fs.open(path, flags, mode));
    }) as StoreFs['open'],
    writeFile: guarded(fs.writeFile) as StoreFs['writeFile'],
    rename: guarded(fs.rename),
    // A hard link takes no room: a full disk still allows it, a read-only one does not.
    link: async (existing, target) => {
      if (noRoom() && (fault as { code: string }).code !== 'ENOSPC') throw refuse((fault as { code: string }).code);
      return fs.link(existing, target);
    },
    copyFile: guarded(fs.copyFile) as StoreFs['copyFile'],
    mkdir: guarded(fs.mkdir) as StoreFs['mkdir'],
  };
  return {
    fs: faulty,
    set(next) {
      fault = next;
    },
  };
}
