// Tests read text the way Node entry points do, with the English model registered first; it is
// required at the first read, so the many test files that never read text do not load its 4 MB.
// Files that share one module graph (vitest.config.ts) run this once each: registering again
// would throw away the engine and the memo the files before built.
import { createRequire } from 'node:module';
import { hasTextModel, registerTextModel, type TextModel } from './shared/text/normalise';

const require = createRequire(import.meta.url);
if (!hasTextModel()) registerTextModel(() => require('wink-eng-lite-web-model') as TextModel);
