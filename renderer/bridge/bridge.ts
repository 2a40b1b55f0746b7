import {
  Envelope,
  type ChannelName,
  type EventName,
  type EventPayload,
  type Request,
  type Response,
} from '../../shared/bridge/contract';
import { BridgeError, parseEvent, parseOrThrow, parseResponse } from '../../shared/bridge/parse';
import { BRIDGE_KEY, type PreloadApi } from '../../electron/preload/api';
import { reportConnection, UNREACHABLE_MESSAGE } from './connection';
import { base64Of, downloadBlob } from './fileTransfer';
import { messageOf } from '../../shared/errors';

/** A call that did not reach the host (or reached one that no longer takes this tab's token): nothing was saved. */
class UnreachableError extends BridgeError {
  constructor(
    code: 'internal' | 'forbidden',
    channel: string,
    readonly why: 'lost' | 'replaced',
  ) {
    super({ code, channel, message: UNREACHABLE_MESSAGE[why], issues: [] });
  }
}

/**
 * The renderer's only way to the Node side. In Electron it goes through the preload;
 * in the browser host, over HTTP and server-sent events. Either way every reply is
 * checked against the contract before the UI sees it.
 */
type Transport = {
  send(channel: ChannelName, request: unknown, options?: CallOptions): Promise<unknown>;
  listen(event: EventName, listener: (payload: unknown) => void): () => void;
  /** Resolves once pushes reach this window (or its host is found gone), so a call made after it cannot be answered by a push it misses. */
  following(): Promise<void>;
};

function preloadTransport(api: PreloadApi): Transport {
  return {
    send: (channel, request) => (api.call[channel] as (r: unknown) => Promise<unknown>)(request),
    listen: (event, listener) => api.on[event](listener as (p: EventPayload<typeof event>) => void),
    // IPC listeners are in place as soon as they are added.
    following: () => Promise.resolve(),
  };
}

/** How often a window that lost the host asks again whether it is back. */
const PROBE_EVERY_MS = 2000;
/** The host says why it refused in this header; `token` means another launch of it answers here. */
const REFUSAL_HEADER = 'x-designdrill-refused';

function httpTransport(): Transport {
  // The partner's page is served under /console/, where the host asks for the partner's token.
  const api = window.location.pathname.startsWith('/console') ? '/console/api' : '/api';
  let source: EventSource | undefined;
  const handlers = new Map<string, Set<(e: MessageEvent<string>) => void>>();
  let probe: ReturnType<typeof setTimeout> | undefined;
  /** Callers waiting for the stream to open (or fail). */
  let waiting: (() => void)[] = [];
  const settled = () => {
    const done = waiting;
    waiting = [];
    for (const resolve of done) resolve();
  };

  /**
   * The push stream doubles as the connection's heartbeat: it closes the moment the host
   * goes away. The browser's own retry is not used, because it gives up for good on a 403
   * (a restarted host); the window asks again itself until the host is back.
   */
  const openStream = () => {
    // One stream at a time: each holds one of the few connections a browser keeps per host.
    source?.close();
    const stream = new EventSource(`${api}/events`, { withCredentials: true });
    source = stream;
    for (const [event, set] of handlers) for (const handler of set) stream.addEventListener(event, handler);
    stream.onopen = () => {
      reportConnection('connected');
      settled();
    };
    stream.onerror = () => {
      if (stream.readyState === EventSource.OPEN) return;
      settled();
      stream.close();
      if (source === stream) source = undefined;
      lost('lost');
    };
  };

  const lost = (status: 'lost' | 'replaced') => {
    reportConnection(status);
    probe ??= setTimeout(askAgain, PROBE_EVERY_MS);
  };

  const askAgain = async () => {
    probe = undefined;
    const status = await reach();
    if (status !== 'connected') return lost(status);
    // A call failed while the stream stayed up (a dropped request): nothing to reopen.
    if (source?.readyState === EventSource.OPEN) reportConnection('connected');
    else openStream();
  };

  /** One call that says whether the host is there and takes this tab's token. */
  const reach = async (): Promise<'connected' | 'lost' | 'replaced'> => {
    try {
      const reply = await fetch(`${api}/app.info`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}', credentials: 'same-origin' });
      return reply.headers.get(REFUSAL_HEADER) === 'token' ? 'replaced' : 'connected';
    } catch {
      return 'lost';
    }
  };

  return {
    async send(channel, request, options) {
      let reply: globalThis.Response;
      const body = JSON.stringify(request);
      try {
        reply = await fetch(`${api}/${channel}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body,
          credentials: 'same-origin',
          // A request sent as the page unloads must outlive it; browsers cap such bodies at 64 KiB.
          keepalive: options?.keepalive === true && new TextEncoder().encode(body).length < KEEPALIVE_LIMIT,
        });
      } catch {
        // The stream is the heartbeat: with it open, one dropped request is not a lost host (the caller retries).
        if (source?.readyState !== EventSource.OPEN) lost('lost');
        throw new UnreachableError('internal', channel, 'lost');
      }
      if (reply.headers.get(REFUSAL_HEADER) === 'token') {
        lost('replaced');
        throw new UnreachableError('forbidden', channel, 'replaced');
      }
      // The guard refuses in plain text (a wrong origin); a service's refusal is an envelope.
      if (reply.status === 403 && !reply.headers.get('content-type')?.includes('json')) {
        throw BridgeError.of('forbidden', channel, (await reply.text()).trim());
      }
      return reply.json();
    },
    listen(event, listener) {
      const handler = (e: MessageEvent<string>) => listener(JSON.parse(e.data));
      const set = handlers.get(event) ?? new Set();
      handlers.set(event, set.add(handler));
      if (source) source.addEventListener(event, handler);
      else if (probe === undefined) openStream();
      return () => {
        set.delete(handler);
        source?.removeEventListener(event, handler);
      };
    },
    following() {
      // The host registers a stream before it answers its opening, so once open no push is missed.
      if (source?.readyState === EventSource.OPEN) return Promise.resolve();
      // Lost: the window is already asking whether the host is back; the call says so meanwhile.
      if (probe !== undefined) return Promise.resolve();
      if (!source) openStream();
      return new Promise((resolve) => waiting.push(resolve));
    },
  };
}

const bridgeApi = (window as unknown as Record<string, PreloadApi | undefined>)[BRIDGE_KEY];
const transport: Transport = bridgeApi ? preloadTransport(bridgeApi) : httpTransport();

export type CallOptions = {
  /** The page is closing: let the request finish after it (the browser host; IPC always does). */
  keepalive?: boolean;
};

const KEEPALIVE_LIMIT = 60_000;

export async function call<C extends ChannelName>(channel: C, request: Request<C>, options?: CallOptions): Promise<Response<C>> {
  const envelope = parseOrThrow(Envelope, await transport.send(channel, request, options), channel, 'response');
  if (!envelope.ok) throw new BridgeError(envelope.error);
  return parseResponse(channel, envelope.value);
}

/** Whether a failed call failed because the host could not be reached (the connection notice says what to do). */
export function isUnreachable(error: unknown): boolean {
  return error instanceof UnreachableError;
}

/**
 * Resolves once this window receives pushes. Ask for a state whose changes come as pushes
 * (the history's rows checked or scored behind the list) only after it: a push sent before
 * the browser host's stream is open reaches nobody.
 */
export function following(): Promise<void> {
  return transport.following();
}

export function subscribe<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
  return transport.listen(event, (payload) => listener(parseEvent(event, payload)));
}

/** A message fit to show a person, whatever was thrown. */
export function describeError(error: unknown): string {
  return messageOf(error);
}

/** Which host this window runs in; known without asking, since only Electron has the preload. */
export const hostKind: 'electron' | 'web' = bridgeApi ? 'electron' : 'web';

export type DiagramFile = {
  /** The session the diagram belongs to. */
  id: string;
  format: Request<'diagram.export'>['format'];
  /** The name offered for a download; Electron's save dialog names the file on the Node side. */
  fileName: string;
  blob: Blob;
};

/**
 * Saves an exported diagram where the person chooses: Electron asks with its save dialog
 * (`diagram.export`), the browser host downloads it from the page, as any web page does.
 * Resolves to `saved: false` when the person cancelled the dialog.
 */
export async function saveDiagram(file: DiagramFile): Promise<Response<'diagram.export'> & { downloaded?: boolean }> {
  if (hostKind === 'web') {
    downloadBlob(file.blob, file.fileName);
    return { saved: true, downloaded: true };
  }
  const content = file.format === 'png' ? await base64Of(file.blob, 'the image') : await file.blob.text();
  return call('diagram.export', { id: file.id, format: file.format, content });
}
