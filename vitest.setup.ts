// Tests read text the way Node entry points do: with the English model registered first.
import { loadTextModel } from './electron/services/textModel';

loadTextModel();
