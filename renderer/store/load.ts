/** The state of anything fetched through the bridge. */
export type Load<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'failed'; error: string };

export const idle = { status: 'idle' } as const;
export const loading = { status: 'loading' } as const;
