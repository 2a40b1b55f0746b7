/**
 * A question reduced to the words that carry its meaning, so "How many people use it each
 * day?" and "What's the DAU?" meet on the same terms as the prompt's own phrasings.
 */

/** Words every question has; they say nothing about which question it is. */
const STOP_WORDS = new Set(
  `a an the and or but if then so than as of to for in on at by with from into about over under out up
   i me my we us our you your he she it its they them their this that these those there here
   is are was were be been being am do does did done have has had having will would shall should can could may might must
   what whats which who whom whose when where why how hows
   any some each every per all also just only very really much going get gets got let lets
   need needs needed want wants like know tell think expect expected assume happen happens
   use uses used using go goes sure ever someone anyone something anything everyone
   please ok okay hi hello thanks roughly approximately around typical typically usually kind sort`.split(/\s+/),
);

/**
 * Words that mean the same here, each group under one name. Written as a candidate types
 * them; they are stemmed as the question is, so one form of each word is enough.
 */
const SYNONYMS: Record<string, string[]> = {
  user: ['user', 'people', 'person', 'customer', 'visitor', 'player'],
  day: ['day', 'daily'],
  big: ['big', 'large', 'huge', 'size', 'sized', 'largest', 'biggest', 'maximum'],
  hold: ['hold', 'held', 'reserve', 'reservation'],
  break: ['break', 'broken'],
  twice: ['twice', 'double', 'duplicate', 'again'],
  latency: ['latency', 'fast', 'quick', 'quickly', 'speed', 'slow', 'responsive'],
  availability: ['availability', 'available', 'uptime', 'downtime', 'outage'],
  consistency: ['consistency', 'consistent'],
  keep: ['keep', 'kept', 'retain', 'retention'],
  expire: ['expire', 'expiry', 'expiration', 'expired'],
  delete: ['delete', 'remove', 'erase'],
  link: ['link', 'url'],
  create: ['create', 'creation', 'generate', 'new'],
  read: ['read', 'view', 'lookup'],
  write: ['write', 'update'],
  scope: ['scope', 'feature', 'functionality'],
  scale: ['scale', 'traffic', 'volume', 'load'],
  limit: ['limit', 'limiting', 'throttle', 'throttling', 'quota'],
  abuse: ['abuse', 'spam', 'fraud', 'malicious', 'bot'],
  second: ['second', 'sec'],
  support: ['support', 'serve', 'offer', 'allow', 'handle', 'include', 'included'],
  fail: ['fail', 'failure', 'down', 'crash', 'die', 'dead'],
  custom: ['custom', 'own', 'vanity'],
};

/** Abbreviations a candidate types for what the phrasings spell out. */
const EXPANSIONS: Record<string, string> = {
  dau: 'daily active users',
  mau: 'monthly active users',
  qps: 'requests per second',
  rps: 'requests per second',
  tps: 'transactions per second',
  rw: 'read write',
  sla: 'availability latency',
  slo: 'availability latency',
  p99: 'latency',
  p95: 'latency',
  ttl: 'expire',
  gdpr: 'privacy',
};

/** Plural and verb endings off, so "links", "linked" and "linking" are one word; crude by design. */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 3 && /(ss|x|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is|as)$/.test(w)) w = w.slice(0, -1);
  // So "create" meets "created" and "expire" "expired".
  return w.length > 4 && w.endsWith('e') ? w.slice(0, -1) : w;
}

const canonical = new Map<string, string>();
for (const [name, words] of Object.entries(SYNONYMS)) for (const w of words) canonical.set(stem(w), name);

function words(text: string): string[] {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      // "what's" and "don't" are one word each, both dropped as stop words below.
      .replace(/['’]/g, '')
      // "re-crawl" and "recrawl" alike.
      .replace(/\bre-(?=[a-z])/g, 're')
      .split(/[^a-z0-9]+/)
      .filter((w) => w !== '')
  );
}

/** The meaningful terms of a question, stemmed and named by their synonym group, in order. */
export function questionTerms(text: string): string[] {
  const out: string[] = [];
  for (const word of words(text)) {
    const expanded = EXPANSIONS[word];
    for (const w of expanded ? words(expanded) : [word]) {
      if (STOP_WORDS.has(w)) continue;
      const s = stem(w);
      out.push(canonical.get(s) ?? s);
    }
  }
  return out;
}
