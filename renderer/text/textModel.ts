import { hasTextModel, registerTextModel } from '../../shared/text/normalise';

let loading: Promise<void> | undefined;

/**
 * The English text model (4 MB) in its own chunk, fetched from the host the first time the
 * window needs to read text itself (the console's suggested scores); every other screen
 * works without it, so pages do not pay for it on every load.
 */
export function loadTextModel(): Promise<void> {
  if (hasTextModel()) return Promise.resolve();
  loading ??= import('wink-eng-lite-web-model').then(
    (m) => registerTextModel(m.default),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
