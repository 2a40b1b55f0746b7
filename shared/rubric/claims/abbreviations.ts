/**
 * The short forms people type in notes, each spelled out before a line is read, so "w/ owner
 * auth", "b/c 6.4GB fits RAM" and "search svc -> geo idx" read as the words they stand for. Only
 * forms with one meaning in a design interview: "pg" (page or Postgres) and "min" (minute or
 * minimum) stay as written. The claim keeps the text as the person wrote it.
 */
const SHORT_FORMS: readonly [RegExp, string][] = [
  // "6K w/s", "600K r/s": writes and reads per second, before "w/" is read as "with".
  [/(\d\s*[kKmMbB]?\s*)w\/s\b/g, '$1writes/s'],
  [/(\d\s*[kKmMbB]?\s*)r\/s\b/g, '$1reads/s'],
  [/\bw\/in\b/gi, 'within'],
  [/\bw\/o\b/gi, 'without'],
  [/\bw\/(?!s\b)\s*/gi, 'with '],
  [/\bb\/c\b|\bb\/cause\b|\bbcoz\b|\bcuz\b/gi, 'because'],
  [/\bsvcs\b/gi, 'services'],
  [/\bsvc\b/gi, 'service'],
  [/\bidxs\b|\bidxes\b/gi, 'indexes'],
  [/\bidx\b/gi, 'index'],
  [/\bin[- ]mem\b/gi, 'in-memory'],
  [/\bmem\b/gi, 'memory'],
  [/\bavail\b/gi, 'availability'],
  [/\bevts\b/gi, 'events'],
  [/\bevt\b/gi, 'event'],
  [/\btxns\b/gi, 'transactions'],
  [/\btxn\b/gi, 'transaction'],
  [/\bmsgs\b/gi, 'messages'],
  [/\bmsg\b/gi, 'message'],
  [/\bresps\b/gi, 'responses'],
  [/\bresp\b/gi, 'response'],
  [/\breqs\b/gi, 'requests'],
  [/\breq\b/gi, 'request'],
  [/\bnbrs\b/gi, 'neighbours'],
  [/\bnbr\b/gi, 'neighbour'],
  [/\bconns\b/gi, 'connections'],
  [/\bconn\b/gi, 'connection'],
  [/\bnotifs\b/gi, 'notifications'],
  [/\bnotif\b/gi, 'notification'],
  [/\bimgs\b/gi, 'images'],
  [/\bimg\b/gi, 'image'],
  [/\bthru\b/gi, 'through'],
  [/\bppl\b/gi, 'people'],
  [/\bcfg\b/gi, 'config'],
];

/** The line with its short forms spelled out. */
export function spellOut(text: string): string {
  let out = text;
  for (const [form, words] of SHORT_FORMS) out = out.replace(form, words);
  return out;
}
