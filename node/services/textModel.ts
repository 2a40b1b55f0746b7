import model from 'wink-eng-lite-web-model';
import { registerTextModel } from '../../shared/text/normalise';

/**
 * Node reads text with the English model bundled in: every entry point (the browser host and
 * the Electron main process through createServices, the command line, the bench, the
 * calibration scripts, vitest's setup) calls this once before it scores, answers or checks a
 * prompt. The window loads the same model on demand instead (renderer/text/textModel.ts).
 */
export function loadTextModel(): void {
  registerTextModel(model);
}
