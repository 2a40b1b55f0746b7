import { present, tidy, type Draft } from './draft';

type ApiDraft = Extract<Draft, { kind: 'api' }>;

const METHODS = 'GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS';
/** "POST /v1/check {key} -> 200|429", "get /feed?cursor=", "WS /live", "PUT|DELETE /v1/places/{id}": verbs, then a path. */
const HTTP = new RegExp(String.raw`^(${METHODS}|WS|WSS)(?:\s*[|/,]\s*(?:${METHODS}))*\s+(\/\S*)`, 'i');
/** "getFeed(userId, cursor)", "check(key) -> bool": a name called with arguments. */
const CALL = /^([A-Za-z_][\w.]*)\s*\(([^()]*)\)/;
/** What marks the main (hot) path: "(main)", "[hot path]", "* " before it. */
const MAIN = /\s*(?:\((?:main|hot)(?: path)?\)|\[(?:main|hot)(?: path)?\]|\b(?:main|hot) path\b)\s*/i;
/** What the operation does, after it: " — check a key", " -- ...", " # ...", " // ...". */
const PURPOSE = /\s+(?:—|–|--|#|\/\/)\s+(.+)$/;

/** Reads an operation's signature as written in the API list or in notes. */
export function readSignature(signature: string): { operation: string; method?: string; path?: string } {
  const operation = tidy(signature);
  const http = HTTP.exec(operation);
  if (http) return { operation, method: http[1]!.toUpperCase(), path: http[2]!.replace(/[.,;:]+$/, '') };
  return { operation };
}

/** The claim for an item of the API list. */
export function apiFromItem(signature: string, purpose: string, main: boolean): ApiDraft {
  return { kind: 'api', ...readSignature(signature), ...present({ purpose: tidy(purpose) }), ...(main ? { main: true } : {}) };
}

/**
 * An operation written in notes, or undefined when the text is not one. An HTTP verb and path
 * anywhere at the start; a call ("shorten(url)") only where an API is expected (`inApi`), since
 * prose has parentheses too.
 */
export function apiFromText(text: string, inApi: boolean): ApiDraft | undefined {
  let rest = text.trim().replace(/^\*\s*/, () => '');
  const main = MAIN.test(rest) || /^\*\s/.test(text.trim());
  rest = rest.replace(MAIN, ' ').trim();
  let purpose: string | undefined;
  const p = PURPOSE.exec(rest);
  if (p) {
    purpose = p[1];
    rest = rest.slice(0, p.index);
  }
  if (!HTTP.test(rest) && !(inApi && CALL.test(rest))) return undefined;
  // "POST /v1/urls (create a short link)": words in brackets after the signature say what it is for.
  const call = CALL.exec(rest);
  const from = HTTP.test(rest) ? HTTP.exec(rest)![0].length : call![0].length;
  const said = /\s+\(([^()]*\p{L}{2}[^()]*)\)/u.exec(rest.slice(from));
  if (said && purpose === undefined) {
    purpose = said[1];
    rest = `${rest.slice(0, from + said.index)}${rest.slice(from + said.index + said[0].length)}`;
  }
  return apiFromItem(rest, purpose ?? '', main);
}

/** "POST /v1/x", "`POST`, `PATCH` and `DELETE /v1/x`": HTTP calls inside a sentence, verbs in capitals. */
const IN_PROSE = new RegExp(String.raw`\b((?:${METHODS}|WS|WSS)(?:\s*(?:,|\band\b|\bor\b|\/|\|)\s*(?:${METHODS}))*)\s+(\/[^\s\x60,;]*)`, 'g');

/**
 * The operations a sentence of prose names: the HTTP calls written in code spans anywhere in it
 * ("The hot path is \x60POST /v1/messages\x60 with …"), or, where an API is expected (`inApi`), in
 * plain capitals. Each takes the sentence, without its code marks, as its purpose; "hot path" or
 * "main path" in the sentence marks the first one.
 */
export function apisInProse(text: string, inApi: boolean): ApiDraft[] {
  const spans = text.includes('\x60');
  if (!spans && !inApi) return [];
  const plain = text.replace(/\x60/g, '');
  const found = [...plain.matchAll(IN_PROSE)];
  if (found.length === 0 || (spans && !found.some((m) => text.includes(`\x60${m[0]}`) || text.includes(`\x60${m[2]}`) || /\x60[A-Z]+\x60/.test(text)))) return [];
  const purpose = tidy(plain.replace(MAIN, ' '));
  const main = MAIN.test(plain);
  return found.map((m, i) => apiFromItem(`${m[1]!.split(/\s*(?:,|\band\b|\bor\b|\/|\|)\s*/)[0]} ${m[2]!.replace(/[.,;:]+$/, '')}`, purpose, main && i === 0));
}
