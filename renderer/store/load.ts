import { describeError } from '../bridge/bridge';

/** The state of anything fetched through the bridge. */
export type Load<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'failed'; error: string };

export const idle = { status: 'idle' } as const;
export const loading = { status: 'loading' } as const;

/** Waits for a bridge call and says how it ended, with a message fit to show. */
export async function settle<T>(pending: Promise<T>): Promise<Load<T>> {
  try {
    return { status: 'ready', value: await pending };
  } catch (error) {
    return { status: 'failed', error: describeError(error) };
  }
}
