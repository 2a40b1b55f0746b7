/**
 * The everyday words of clarifying questions: what candidates type for what prompts spell out.
 * General English of the trade, not any one prompt's wording, so a new prompt benefits too.
 */

/** Abbreviations and chat spellings, each read as the words it stands for. */
export const EXPANSIONS: Readonly<Record<string, string>> = {
  ppl: 'people',
  ppls: 'people',
  folks: 'people',
  folk: 'people',
  peeps: 'people',
  dau: 'daily active users',
  // ("How many daily actives?": the active users.)
  actives: 'active users',
  daus: 'daily active users',
  mau: 'monthly active users',
  maus: 'monthly active users',
  qps: 'requests per second',
  rps: 'requests per second',
  tps: 'transactions per second',
  txn: 'transaction',
  txns: 'transactions',
  doc: 'document',
  docs: 'documents',
  msg: 'message',
  msgs: 'messages',
  notif: 'notification',
  notifs: 'notifications',
  promo: 'promotional',
  promos: 'promotional',
  pic: 'picture',
  pics: 'pictures',
  vid: 'video',
  vids: 'videos',
  info: 'information',
  db: 'database',
  dbs: 'databases',
  yr: 'year',
  yrs: 'years',
  mo: 'month',
  mos: 'months',
  wk: 'week',
  wks: 'weeks',
  hr: 'hour',
  hrs: 'hours',
  min: 'minute',
  mins: 'minutes',
  sec: 'second',
  secs: 'seconds',
  ms: 'millisecond',
  ops: 'operations',
  op: 'operation',
  req: 'request',
  reqs: 'requests',
  resp: 'response',
  avg: 'average',
  approx: 'roughly',
  js: 'javascript',
  nvme: 'ssd disk',
  ssd: 'ssd disk',
  ssds: 'ssd disks',
  infra: 'infrastructure',
  perf: 'performance',
  config: 'configuration',
  prod: 'production',
  pct: 'percent',
  bn: 'billion',
  startup: 'start',
  thru: 'through',
  tho: 'though',
  u: 'you',
  ur: 'your',
  r: 'are',
  w: 'with',
  b4: 'before',
  pls: 'please',
  plz: 'please',
  gonna: 'going to',
  wanna: 'want to',
  gotta: 'have to',
  kinda: 'kind of',
  sorta: 'sort of',
  lotta: 'lot of',
  ballpark: 'roughly',
  sla: 'availability',
  slo: 'availability',
  uptime: 'availability',
  p99: 'latency',
  p95: 'latency',
  p50: 'latency',
  ttl: 'time to live expire',
  gdpr: 'privacy',
  e2e: 'end to end encryption',
  az: 'availability zone',
  azs: 'availability zones',
  e2ee: 'end to end encryption',
  mb: 'megabyte',
  gb: 'gigabyte',
  kb: 'kilobyte',
  tb: 'terabyte',
  '4k': 'resolution',
  '1080p': 'resolution',
  '720p': 'resolution',
  k8s: 'kubernetes',
  aws: 'cloud provider',
  gcp: 'cloud provider',
  azure: 'cloud provider',
};

/**
 * Phrases of everyday English that say one thing, each read as one word ("log in" is "login",
 * "out of date" is "stale", "exactly once" is a delivery guarantee, not "exactly" and "once").
 */
export const PHRASES: readonly [RegExp, string][] = [
  [/\b(log|logs|logging|logged) (in|on)\b/g, 'login'],
  [/\b(sign|signs|signing|signed) (in|on)\b/g, 'signin'],
  [/\b(sign|signs|signing|signed) up\b/g, 'signup'],
  [/\b(take|takes|taking|taken|took) (\w+ )?down\b/g, 'takedown'],
  [/\b(fall|falls|falling|fell) over\b/g, 'crash'],
  // A part that is or goes down is out of service ("the crawler is down for an hour").
  [/\b(is|are|was|were|be|being|been|goes|go|going|went|gone) down\b(?! (to|by|from|the|a|an|in|on)\b)/g, 'downtime'],
  [/\b(switch|switches|switched|turn|turns|turned|power|powered) off\b(?= *$|\?|,| or| and| for| while| when)/g, 'offline'],
  [/\b(opt|opts|opted|opting) out\b/g, 'unsubscribe'],
  [/\b(blow|blows|blowing|blew|blown) up\b/g, 'viral'],
  // "I guess", "a rough guess" pad a question; "could someone guess a key?" asks about guessing.
  [/\b(i|we) guess\b|\b(my|a|your|rough|best|ballpark|educated|wild|good) guess\b/g, ''],
  [/\bout of date\b/g, 'stale'],
  [/\bup to date\b/g, 'fresh'],
  [/\bspot on\b/g, 'exact'],
  // (Also without the article, as many write it: "in same time".)
  [/\b(at|in) (the )?same time\b|\bat (once|a time|any one time|any given time)\b|\bsimultaneous(ly)?\b|\bconcurrently\b|\bin parallel\b/g, 'concurrent'],
  // Losing the signal or the connection is being offline, not losing data.
  [/\b(lose|loses|losing|lost|drop|drops|dropping|dropped|has no|have no|without) (the |their |its |a |my |your )?(signal|connection|connections|connectivity|network|wifi|internet|reception|coverage)\b/g, 'offline'],
  // "Two times" is twice, unless it multiplies ("two times the average").
  [/\b(two|2) times\b(?! (the|as|more|less|faster|slower|higher|lower|bigger|larger|that|this)\b)/g, 'twice'],
  // A named consistency guarantee is that guarantee, and an answer saying it in plain words states it:
  // "a client can read back what it just wrote", "authors see their own post right away".
  [/\bread[ -](your|my|their|its)[ -](own[ -])?writes?\b/g, 'readyourwrites'],
  [/\b(read|reads|see|sees|load|loads) back what (it|they|he|she|you|we|i) (just )?(wrote|write|writes|posted|saved|changed|sent)\b|\b(see|sees|read|reads) (their|its|his|her|your|my) own (\w+ )?(writes?|posts?|changes?|edits?|updates?)\b/g, 'readyourwrites'],
  [/\b(lineari[sz]able|lineari[sz]ability|linearly consistent)\b/g, 'consistency linearizable'],
  [/\bmonotonic(ally)? reads?\b/g, 'consistency monotonicreads'],
  [/\bcausal(ly)? consisten(t|cy)\b/g, 'consistency causal'],
  [/\bexactly[ -]once\b/g, 'exactlyonce'],
  [/\bat[ -]least[ -]once\b/g, 'atleastonce'],
  [/\bat[ -]most[ -]once\b/g, 'atmostonce'],
  // People who work for the company are its staff, not its users ("how many folks work here?",
  // "support reps", "who is on call").
  [/\b(people|persons?|folks?|ppl|peeps|humans|guys)( who| that)?( do we have| are there| we have)?( are| will be)? (work|works|working|employed)\b/g, 'staff'],
  [/\b(support|service|care|helpdesk|ops|operations|sales|security|sre|devops|qa|it) (agents?|reps?|representatives?|staff|people|persons?|folks?|ppl|guys|crew)\b/g, 'staff'],
  [/\bon[ -]call\b/g, 'oncall'],
  // The company's own tooling is not the system: "our CI system", "the build servers".
  [/\b(ci|cd|ci cd|cicd|build|deploy|deployment|release|staging) (system|server|servers|pipeline|pipelines|tooling|tools|machines?|runners?|setup|farm|jobs?|boxes)\b|\bthe ci\b/g, 'ourtooling'],
  // A budget of time or errors is a latency or availability target, not money the company spends;
  // a budget of any other measure is a figure of that measure ("storage budget", "token budget").
  [/\b(time|delay|response) budgets?\b/g, 'latency'],
  [/\berror budgets?\b/g, 'availability'],
  [/\b(latency|availability|uptime|downtime|storage|memory|bandwidth|size|disk|token|tokens|performance|speed|request|requests|rate|write|read|retention|space|p99|p95|p50) budgets?\b/g, '$1'],
  // A period of keeping is how long; any other period ("heartbeat period") is how often.
  [/\b(retention|grace|hold|holding|trial|storage|cooling off|expiry|expiration|keep|keeping) periods?\b/g, '$1 duration'],
  [/(?<!\b(for|a|short|long|some|any|that|this|the same) )\bperiods?\b/g, 'interval'],
  // "Time to first frame" is how soon something starts; "time to X" otherwise how long X takes.
  [/\btime[ -]to[ -]first\b/g, 'start latency first'],
  [/\btime[ -]to[ -](?!live\b)(?=[a-z])/g, 'latency to '],
  // "..., or can I skip it?" asks again whether the first part is needed: it adds nothing to what.
  [/,? or (can|could|may|should|shall) (i|we) (just )?(ignore|skip|leave|drop|forget|omit)( about)? (it|that|this|them|those)( out)?\b|,? or not\b/g, ''],
  // Who builds it: "our own" is ours, not a custom feature; a third party is someone else, no "party".
  [/\b(our|my) own\b/g, 'ourselves'],
  [/\b(third|3rd)[ -]part(y|ies)\b/g, 'provider'],
];

/**
 * Words that mean the same in a clarifying question, each group under one name. Given as
 * lemmas (the NLP layer reduces "viewers" to "viewer", "kept" to "keep").
 */
export const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  user: ['user', 'people', 'person', 'customer', 'visitor', 'player', 'viewer', 'shopper', 'member', 'account', 'subscriber', 'audience', 'human', 'individual', 'client'],
  day: ['day', 'daily', 'everyday', 'today'],
  month: ['month', 'monthly'],
  year: ['year', 'yearly', 'annual', 'annually'],
  second: ['second', 'sec'],
  big: ['big', 'large', 'huge', 'size', 'sized', 'largest', 'biggest', 'heavy', 'small', 'tiny', 'bytes', 'byte', 'megabyte', 'gigabyte', 'kilobyte', 'terabyte'],
  twice: ['twice', 'double', 'duplicate', 'again', 'dupe', 'repeat', 'idempotent', 'idempotency', 'resend', 'retry'],
  latency: ['latency', 'fast', 'quick', 'quickly', 'speed', 'slow', 'responsive', 'snappy', 'delay', 'lag', 'wait', 'instant', 'instantly', 'realtime', 'soon'],
  availability: ['availability', 'available', 'uptime', 'downtime', 'outage', 'reliable', 'reliability', 'nine'],
  consistency: ['consistency', 'consistent', 'correct', 'correctness', 'accurate', 'accuracy', 'exact', 'exactly', 'precise', 'stale', 'approximate', 'eventual', 'eventually'],
  keep: ['keep', 'retain', 'retention', 'store', 'storage', 'persist', 'history', 'archive', 'stick'],
  expire: ['expire', 'expiry', 'expiration'],
  delete: ['delete', 'remove', 'erase', 'purge', 'wipe'],
  link: ['link', 'url'],
  create: ['create', 'creation', 'generate', 'new', 'make', 'add', 'post', 'publish', 'submit'],
  read: ['read', 'view', 'check', 'lookup', 'watch', 'tune', 'see', 'open', 'fetch', 'load', 'visit', 'browse', 'play', 'playback', 'stream'],
  write: ['write', 'update', 'edit', 'change', 'modify'],
  scope: ['scope', 'feature', 'functionality', 'cover', 'include', 'skip', 'ignore', 'focus', 'requirement'],
  scale: ['scale', 'traffic', 'load', 'busy', 'peak', 'spike', 'burst', 'rush'],
  limit: ['limit', 'limiting', 'throttle', 'throttling', 'quota', 'cap', 'ceiling'],
  abuse: ['abuse', 'spam', 'fraud', 'malicious', 'bot', 'attacker', 'scalper', 'cheat', 'cheating', 'piracy', 'hack', 'hacker', 'copyright', 'infringement', 'takedown'],
  fail: ['fail', 'failure', 'down', 'crash', 'die', 'dead', 'broken', 'break', 'outage', 'unreachable', 'fault'],
  // Turning an upload into what viewers play: the trade's words for one step.
  process: ['process', 'processing', 'transcode', 'transcoding', 'encode', 'encoding'],
  custom: ['custom', 'own', 'vanity', 'personalised', 'personalized'],
  upload: ['upload', 'uploader'],
  device: ['device', 'phone', 'mobile', 'ios', 'android', 'tablet', 'laptop', 'desktop', 'tv', 'browser', 'platform', 'app'],
  region: ['region', 'global', 'globally', 'worldwide', 'country', 'geography', 'continent', 'international', 'where', 'world', 'local'],
  resolution: ['resolution', 'quality', 'rendition', 'bitrate', 'format', 'codec'],
  message: ['message', 'text', 'chat'],
  group: ['group', 'channel', 'room'],
  offline: ['offline', 'disconnected', 'unavailable'],
  order: ['order', 'ordering', 'sequence', 'sequential'],
  security: ['security', 'secure', 'encrypt', 'encryption', 'encrypted', 'privacy', 'private', 'permission', 'auth', 'authenticate', 'authentication', 'authorization', 'login', 'signin', 'signup', 'password'],
  money: ['money', 'value', 'price', 'cost', 'amount', 'dollar', 'euro'],
  payment: ['payment', 'charge', 'transaction', 'pay', 'bill', 'billing', 'purchase', 'checkout'],
  search: ['search', 'query', 'find', 'lookup'],
  notify: ['notify', 'notification', 'alert', 'push'],
  refresh: ['refresh', 'recrawl', 'revisit', 'fresh', 'freshness', 'stale', 'update'],
  lose: ['lose', 'loss', 'lost', 'durable', 'durability'],
  photo: ['photo', 'picture', 'image', 'media', 'attachment'],
  hardware: ['hardware', 'machine', 'box', 'ram', 'memory', 'cpu', 'gpu', 'gpus', 'disk', 'instance'],
  popular: ['popular', 'viral', 'trending', 'trend', 'hot'],
  celebrity: ['celebrity', 'celeb', 'famous', 'influencer', 'star'],
  record: ['record', 'entry', 'row'],
  // How often: a terse question names it by a noun ("scrape interval?").
  interval: ['interval', 'frequency', 'cadence', 'frequently'],
  preference: ['preference', 'setting', 'opt', 'unsubscribe', 'mute', 'mutes'],
};

/**
 * Subjects outside the system being designed: the team building it, the company, its office,
 * the cloud bill, the interview itself. A question about one of them is not about the system's
 * users or traffic, whatever else it shares with an answer (issue 20: "how big is the
 * engineering team?" is not the user count).
 */
export const OUTSIDE_SUBJECTS: ReadonlySet<string> = new Set([
  'team',
  'engineer',
  'engineering',
  'developer',
  'dev',
  'devs',
  'staff',
  'employee',
  'employ',
  'personnel',
  'workforce',
  'crew',
  'oncall',
  'rep',
  'representative',
  'colleague',
  'coworker',
  'teammate',
  'contractor',
  'intern',
  'agent',
  'moderator',
  'operator',
  'admin',
  'administrator',
  'worker',
  'hire',
  'hiring',
  'headcount',
  'salary',
  'office',
  'building',
  'desk',
  'company',
  'studio',
  'firm',
  'agency',
  'headquarters',
  'hq',
  'ceo',
  'manager',
  'boss',
  'interview',
  'interviewer',
  'candidate',
  'whiteboard',
  'cloud',
  'kubernetes',
  'ourtooling',
  'budget',
  'investor',
  'funding',
  'revenue',
  'profit',
  'marketing',
  'lawyer',
  'legal',
  'meeting',
  'deadline',
  'sprint',
  'launch',
  'roadmap',
  'language',
  'framework',
]);

/**
 * Of those, the business's own functions rather than the people building it: outside the system
 * unless the prompt's answers talk of them themselves (marketing pushes are a notifications
 * prompt's own traffic; the team is never the users).
 */
export const OUTSIDE_UNLESS_NAMED: ReadonlySet<string> = new Set([
  'marketing',
  'legal',
  'lawyer',
  'revenue',
  'profit',
  'language',
]);

/**
 * The people who run the system (and words for its machines), outside it unless the very answer
 * talks of them: a paste-bin's moderators take pastes down, a rate limiter's support staff edit
 * rules, a scheduler's workers consume jobs. Never the users.
 */
export const RUN_BY_UNLESS_NAMED: ReadonlySet<string> = new Set(['agent', 'moderator', 'operator', 'admin', 'administrator', 'worker', 'staff']);

/**
 * Nouns that name a measure: a terse question asks what they measure ("scrape interval?" asks how
 * often, "hold duration?" how long kept, "id length?" how big). Read by their lemma as a noun.
 */
export const MEASURE_NOUNS: Readonly<Record<string, string>> = {
  interval: 'count',
  frequency: 'count',
  cadence: 'count',
  rate: 'count',
  throughput: 'count',
  duration: 'retention',
  period: 'retention',
  lifetime: 'retention',
  lifespan: 'retention',
  length: 'size',
  footprint: 'size',
  window: 'retention',
  lag: 'speed',
  timeout: 'speed',
  turnaround: 'speed',
  distribution: 'share',
  mix: 'share',
  fraction: 'share',
  proportion: 'share',
  percentage: 'share',
  percent: 'share',
  portion: 'share',
  share: 'share',
  breakdown: 'share',
  split: 'share',
};

/** What goes before "rate" when it is a share of events ("error rate"), or a limit ("rate limit" follows it). */
export const SHARE_RATES: ReadonlySet<string> = new Set(['error', 'hit', 'miss', 'failure', 'success', 'conversion', 'drop', 'loss', 'bounce', 'churn', 'fraud', 'click']);

/** The property a question asks about, from the words that ask it. */
export const PROPERTY_CUES: readonly { property: string; cue: RegExp }[] = [
  { property: 'count', cue: /\bhow many\b(?! (days?|weeks?|months?|years?|hours?|minutes?|seconds?|milliseconds?)\b)|\bhow much\b(?! (storage|data|space|disk|memory|ram|bandwidth)\b)|\b(grow|grows|growing|growth)\b|\bnumber of\b|\bhow often\b|\bper (day|second|minute|hour|month|year)\b|\ba (day|second|minute|month|year)\b|\bcount\b|\bvolume\b/ },
  { property: 'size', cue: /\bhow (big|large|heavy|small)\b|\bhow much (storage|data|space|disk|memory|ram|bandwidth)\b|\bhow long (is|are|can (a|an|the)? ?\w+ be)\b(?! (\w+ ){0,3}(held|kept|stored|retained|valid|cached|locked|reserved|live|alive|open|available|down|up|restorable|recoverable|retrievable|accessible|visible|readable)\b)|\blongest\b|\bsize\b|\bbiggest\b|\blargest\b/ },
  { property: 'speed', cue: /\bhow many (seconds?|minutes?|milliseconds?)\b|\bhow fast\b(?! (is|are|does|do|will) (the )?\w+ (grow|growing|increase|increasing|expand|expanding)\b)|\bhow (quick|quickly|soon|long (does|do|will|till|until|before|after|to)|long can)\b|\blatency\b|\bdelay\b|\bwithin (a few |a |an |one |\d+ )?(seconds?|minutes?|ms|milliseconds?|hours?|moments?|instant)\b|\b(take|takes|taking|took) (\w+ )?(long|longer|time|a while|ages|forever|seconds?|minutes?|hours?|days?|under|over|at most|up to|about|around|more than|less than|\d)\b|\bhow (long|much time)\b.*\btake\b/ },
  { property: 'retention', cue: /\bhow many (days?|weeks?|months?|years?)\b.*\b(keep|kept|store|stored|retain|retained|hold|held|stay|around)\b|\bhow long (do|does|should|must|will|are|is|can)? ?(we |they |it |\w+ )?(keep|store|retain|hold|stay|last|live|remain|persist|stick around)\b|^(and )?for how long\b(?!\W+(does|do|did|will|would|can|could|is|are|was|were|should|must|has|have)\b)|\bhow long (is|are) (\w+ ){0,3}(held|kept|stored|retained|valid|cached|locked|reserved|live|alive)\b|\b(keep|kept|store|stored|retain|retained|hold|held|stay|stays|last|lasts|live|lives|remain|remains|persist|exist|exists)\b (\w+ ){0,3}(for )?how (long|many (days?|weeks?|months?|years?))\b|\bretention\b|\bkeep(?! (\w+ )?(out|from|up|working|going|track|in mind)\b)(?! (it|them|this|that|things|everything|everyone|everybody|people|users) (fair|simple|safe|happy|fast|quick|small|short|cheap|consistent|secure|honest|clean|running|alive|responsive|usable)\b)\b|\bdelete\b|\bforever\b/ },
  { property: 'happens', cue: /\bwhat (happens|happened|if)\b|\bwhat do(es)? (we|it|they|the \w+) do (when|if)\b|\bwhat should happen\b|\bhow do(es)? (we|it) (handle|deal with|cope with)\b/ },
  { property: 'money', cue: /\b(price|prices|pricing|priced|cost|costs|costing|fee|fees|dollars?|euros?|cents?|usd|eur|money|spend|spending|revenue)\b|\b(order|transaction|payment|basket|cart|ticket|purchase) (value|amount)s?\b|\bhow much (do|does|did|will|would|can|should) (\w+ ){1,3}(charge|pay|earn|make|spend)\b|\b(pay|pays|paid|charge|charged|charges) per\b/ },
  { property: 'share', cue: /\b(split|breakdown|proportion|percentage|percent|fraction)\b|\bwhat share\b|\bshare of\b/ },
  { property: 'peak', cue: /\b(peak|peaks|peaky|spike|spikes|spiky|burst|bursts|bursty|flat|steady|busiest|surge|surges|multiplier|rush hour|top of the hour|black friday|sale days?)\b/ },
  // Build or buy: whether we build a part or someone else provides it.
  { property: 'owner', cue: /\bdirectly or\b|\bor directly\b|\b(on|up to) us\b|\bthrough (some|a|an|an outside|a third|their|the) ?(\w+ )?(provider|processor|vendor|service|party|api|gateway)\b|\b(ourselves|in[ -]house|provider|providers|vendor|vendors|external|externally|outsourced?|off[ -]the[ -]shelf|rely on|relying on|our job|our responsibility|someone else'?s?)\b|\b(an|any|some) existing\b|\b(some|an|any) ?other (platform|service|system|team|company)\b|\bexisting (system|service|platform|api|tool|team|one)\b/ },
  // Things per thing ("views per paste", "links per doc"): how many of one for each of the other.
  // (The most of them for one, "max points per match", is a limit, not a ratio.)
  // (The most of them for one, "max points per match", is a limit, and "how many X per Y" a count.)
  { property: 'ratio', cue: /^(?!.*\b(max|maximum|most|cap|capped|limit|limits|limited|ceiling|upper|allowed|quota|how many|how much)\b).*(\b[a-z]{3,} per (?!(day|second|minute|hour|week|month|year|cent)s?\b)[a-z]+\b|\bratio\b|\bfor (every|each) [a-z]+\b)/ },
  { property: 'which', cue: /\bwhich\b|\bwhat (kind|sort|type)s? of\b/ },
  { property: 'whether', cue: /^(can|could|do|does|should|must|is|are|will|may)\b|\ballowed\b|\b(ok|okay|fine|acceptable|alright|tolerable) (to|if)\b|\bneed to\b|\b(required|mandatory|necessary)\b/ },
];

/**
 * The measures an answer's own figures state, whatever its phrasings ask: a number with a unit
 * of size is a size, with a unit of time a speed (or, kept for that long, a retention), a
 * number per unit of time a count. So "how big is one event?" finds "an event is about 200 bytes".
 */
export const STATED_MEASURES: readonly { property: string; cue: RegExp }[] = [
  // ("Every 5 seconds" states how often.)
  // ("3 attempts", "2 devices": a number of things is how many of them.)
  { property: 'count', cue: /\b\d[\d,]* (?!(bytes?|kb|mb|gb|tb|kib|mib|gib|ms|milliseconds?|seconds?|minutes?|hours?|days?|weeks?|months?|years?|times|percent|characters?|chars|words|cores|members|people)\b)[a-z]{3,}s\b|\d[\d,.]*\s*(k|m|b|thousand|million|billion)?\s*[a-z ]{0,30}\b(per|a|an|each|every) (second|minute|hour|day|week|month|year|user|person|player|customer)\b|\d[\d,.]*\s*(thousand|million|billion)\b|\bevery (few |couple of )?(\d[\d,.]* ?)?(seconds?|minutes?|hours?|days?|ms|milliseconds?)\b|\b(at most|up to|no more than|never more than|exactly|one|two|three|four|five|\d+) (\w+ ){0,2}(concurrent|per (order|account|request|key|user|group|document|page))\b/ },
  { property: 'size', cue: /\d[\d,.]*\s*(bytes?|kilobytes?|megabytes?|gigabytes?|terabytes?|petabytes?|kb|mb|gb|tb|pb|kib|mib|gib|characters?|chars|words|members|people)\b/ },
  { property: 'speed', cue: /\d[\d,.]*\s*(milliseconds?|ms|seconds?|s|minutes?)\b|\bwithin (a|an|about|\d)/ },
  { property: 'share', cue: /\d[\d.]*\s*(%|percent)|\b(one|1|two|2|three|3) (\w+ )?in (every )?(two|three|four|five|ten|twenty|hundred|\d+)\b|\b(half|a third|a quarter|a fifth|a tenth)( each)? (of|in)\b/ },
  { property: 'peak', cue: /\b(peak|peaks|spike|spikes|burst|bursts|bursty|busiest)\b|\b(\d+|two|three|four|five|ten)\s*(x|times)\b[^.]{0,40}\b(average|normal|usual|daily|rest)\b/ },
  { property: 'money', cue: /\$\s?\d|\d[\d,.]*\s*(k|m|thousand|million|billion)?\s*(us |u s )?(dollars?|euros?|cents?|pounds?|usd|eur|gbp)\b/ },
  // One figure for each of another: "100 redirects for every link created", "10 to 1", "20 reads per payment".
  { property: 'ratio', cue: /\b(for|per) (every|each) [a-z]+\b|\b\d+ to (1|one)\b|\bratio\b|\b\d[\d,.]* (\w+ ){0,2}per (?!(second|minute|hour|day|week|month|year|cent)s?\b)[a-z]+\b|\b\d+ times on average\b/ },
  // Someone else provides it, or it is not ours to build.
  { property: 'owner', cue: /\b(outside|external|existing|already (exists|publishes|has)|another team|separate team|other teams|a separate (team|service)|third[ -]party|provider|providers|processors?|we use|we call|goes through|go through|owned by|team's job|exposes|(send|sends|sent|routed|delivered|passes|passed|handled) (\w+ ){0,3}(through|via)|out of scope|tells us|gives us|comes? from)\b/ },
  { property: 'retention', cue: /\b(kept|keep|keeps|retain|retained|stored|deleted|purged|expire|expires)\b[^.]{0,40}\b(\d[\d,.]*\s*(days?|weeks?|months?|years?)|forever)\b|\b(\d[\d,.]*\s*(days?|weeks?|months?|years?)|forever)\b[^.]{0,20}\b(kept|retained|stored)\b/ },
];
