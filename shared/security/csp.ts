/**
 * The one Content-Security-Policy for every window, in Electron and in the browser:
 * nothing may load from or talk to another origin. Inline styles are allowed because
 * React's style props and Excalidraw need them; inline scripts are not. WebAssembly may be
 * compiled ('wasm-unsafe-eval', which does not allow eval of scripts): the voice detector's
 * model runs in onnxruntime-web's WebAssembly, loaded from the app's own files.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  // The replay plays the recorded voice from blob: URLs it makes of the session's audio.
  "media-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
