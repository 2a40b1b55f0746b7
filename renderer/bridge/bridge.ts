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

/**
 * The renderer's only way to the Node side. In Electron it goes through the preload;
 * in the browser host, over HTTP and server-sent events. Either way every reply is
 * checked against the contract before the UI sees it.
 */
type Transport = {
  send(channel: ChannelName, request: unknown, options?: CallOptions): Promise<unknown>;
  listen(event: EventName, listener: (payload: unknown) => void): () => void;
};

function preloadTransport(api: PreloadApi): Transport {
  return {
    send: (channel, request) => (api.call[channel] as (r: unknown) => Promise<unknown>)(request),
    listen: (event, listener) => api.on[event](listener as (p: EventPayload<typeof event>) => void),
  };
}

function httpTransport(): Transport {
  // The interviewer's page is served under /console/, where the host asks for the interviewer's token.
  const api = window.location.pathname.startsWith('/console') ? '/console/api' : '/api';
  let source: EventSource | undefined;
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
        throw BridgeError.of('internal', channel, 'DesignDrill is not answering. Is the `npm run web` process still running?');
      }
      // The guard refuses in plain text (no token, wrong origin); a service's refusal is an envelope.
      if (reply.status === 403 && !reply.headers.get('content-type')?.includes('json')) {
        throw BridgeError.of('forbidden', channel, (await reply.text()).trim());
      }
      return reply.json();
    },
    listen(event, listener) {
      source ??= new EventSource(`${api}/events`, { withCredentials: true });
      const handler = (e: MessageEvent<string>) => listener(JSON.parse(e.data));
      source.addEventListener(event, handler);
      return () => source?.removeEventListener(event, handler);
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

export function subscribe<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
  return transport.listen(event, (payload) => listener(parseEvent(event, payload)));
}

/** A message fit to show a person, whatever was thrown. */
export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
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
    const url = URL.createObjectURL(file.blob);
    const link = Object.assign(document.createElement('a'), { href: url, download: file.fileName, rel: 'noopener' });
    document.body.append(link);
    link.click();
    link.remove();
    // The download has its own copy once it has started.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return { saved: true, downloaded: true };
  }
  const content = file.format === 'png' ? await base64Of(file.blob) : await file.blob.text();
  return call('diagram.export', { id: file.id, format: file.format, content });
}

function base64Of(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('the image could not be read'));
    reader.readAsDataURL(blob);
  });
}
