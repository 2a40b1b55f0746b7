// Tests read text the way Node entry points do, with the English model registered first; it is
// required at the first read, so the many test files that never read text do not load its 4 MB.
import { createRequire } from 'node:module';
import { registerTextModel, type TextModel } from './shared/text/normalise';

const require = createRequire(import.meta.url);
registerTextModel(() => require('wink-eng-lite-web-model') as TextModel);
