import { StoreKind } from '../../notes/item';
import { findPhrases } from '../../text/lexicon';
import { knowledgeLexicon } from '../../text/mentions';
import { tokens } from '../../text/normalise';
import { present, tidy, type Draft } from './draft';

type EntityDraft = Extract<Draft, { kind: 'entity' }>;

/** A field marked as the key: "code (key)", "id PK", "*user_id", "key: code". */
const KEY_MARK = /\s*(?:\((?:pk|key|primary key|partition key|pkey)\)|\b(?:pk|primary key|partition key)\b)\s*/i;
const IDENT = /^[*#[{(]?\s*([\p{L}_][\p{L}\p{N}_.]*)/u;

/** The fields of an entity as written ("code (key), long_url, created_at"), and the key among them. */
export function readFields(text: string): { fields: string[]; key?: string } {
  const fields: string[] = [];
  let key: string | undefined;
  for (const raw of text.split(/\s*(?:,|;|\||->|→|=>|\n)\s*/)) {
    const part = raw.trim();
    if (part === '') continue;
    const marked = KEY_MARK.test(part) || /^\*/.test(part);
    // A field is a name: "10x" or "a few" in brackets is no field. "ad_id+minute PK" is a key of two fields.
    const names = part.replace(KEY_MARK, ' ').trim().split(/\s*\+\s*/).map((p) => IDENT.exec(p)?.[1]);
    if (names.some((n) => n === undefined)) continue;
    fields.push(...(names as string[]));
    if (marked && key === undefined) key = names.join(', ');
  }
  return { fields, ...present({ key }) };
}

const STORES = new Set<string>(StoreKind.options);

/** The store a text names, as the notes' store list has it: "postgres" is a relational database. */
export function storeNamed(text: string): string | undefined {
  for (const hit of findPhrases(text, knowledgeLexicon())) {
    for (const id of hit.ids) {
      const kind = id.startsWith('kind:') ? id.slice(5) : '';
      if (STORES.has(kind)) return kind;
      if (kind === 'cache') return 'cache';
      // The notes' store list has no OLAP store; the nearest is the time-series database (columnar, by time).
      if (kind === 'olap database') return 'time-series database';
    }
  }
  return undefined;
}

/** An entity's name is a name: a few words, none a pronoun or auxiliary ("We met (briefly)" is no table). */
function isName(text: string): boolean {
  const ts = tokens(text.toLowerCase());
  return ts.length > 0 && ts.length <= 4 && !ts.some((t) => t.pos === 'PRON' || t.pos === 'AUX');
}

export function entityFromItem(name: string, fields: string, store: string | null, why: string): EntityDraft {
  return { kind: 'entity', name: tidy(name), ...readFields(fields), ...present({ store: store ?? undefined, reason: tidy(why) }) };
}

/**
 * The reason written after the store in shorthand: "in KV: exact lookups by code" (after the colon),
 * "redis hash, TTL ~ refill time" (after the first comma). Nothing when only the store is named.
 */
function reasonAfterStore(after: string): string | undefined {
  // "-> in-memory per node because 6.4GB fits RAM, lookup by cell": a reason said as one.
  const because = /\b(?:because|since)\b\s*(.+)$/i.exec(after);
  if (because) return tidy(because[1]!) || undefined;
  const colon = after.lastIndexOf(': ');
  if (colon !== -1) return tidy(after.slice(colon + 2)) || undefined;
  const comma = after.indexOf(',');
  return comma === -1 ? undefined : tidy(after.slice(comma + 1)) || undefined;
}

/** "user_id -> [post_ids]": a key (left of the arrow, fields joined by "+" or commas) mapped to its value. */
const MAPS_TO = /^([\p{L}_][\p{L}\p{N}_]*(?:\s*[+,]\s*[\p{L}_][\p{L}\p{N}_]*)*)\s*(?:->|→|=>)\s*(.+)$/u;

/**
 * "feed cache: user_id -> [post_ids] in redis", "feed cache in redis: user_id -> [post_ids]",
 * "dedup: click_id -> first_seen in rocksdb, TTL 24h": an entity keyed by what is left of the
 * arrow, whose fields are the key's and the value's, in the store named after "in" or in the name.
 */
function mapping(rawName: string, body: string): EntityDraft | undefined {
  const m = MAPS_TO.exec(body.trim());
  // "click: sdk → LB → collector": a chain of arrows is a flow, not a key and its value.
  if (!m || /->|→|=>/.test(m[2]!)) return undefined;
  let name = rawName;
  let store: string | undefined;
  let reason: string | undefined;
  const named = /^(.+?)\s+(?:in|on)\s+(.+)$/i.exec(rawName);
  if (named && storeNamed(named[2]!)) {
    name = named[1]!;
    store = storeNamed(named[2]!);
  }
  let value = m[2]!;
  const where = /\s+(?:in|on|stored in|->|→)\s+(.+)$/i.exec(value);
  if (!store && where && storeNamed(where[1]!)) {
    store = storeNamed(where[1]!);
    reason = reasonAfterStore(where[1]!);
    value = value.slice(0, where.index);
  }
  const key = readFields(m[1]!.replace(/\s*,\s*/g, '+')).fields;
  const rest = readFields(value).fields;
  if (key.length === 0 || rest.length === 0) return undefined;
  return { kind: 'entity', name: tidy(name), fields: [...key, ...rest], key: key.join(', '), ...present({ store, reason }) };
}

/**
 * An entity written in notes: "tbl buckets(key PK, tokens, ts)", "table users (id, name)",
 * "users: id, name, email (postgres)", "Link{code PK, url}". `inData`: where a data model is
 * expected, the plain "name: a, b, c" form counts too; elsewhere it needs "tbl"/"table"/"entity".
 */
export function entityFromText(text: string, inData: boolean): EntityDraft | undefined {
  const t = text.trim();
  const call = /^(?:(?:tbl|table|entity|collection|model)\s+)?([\p{L}_][\p{L}\p{N}_ ]{0,40}?)\s*[({[](.*)[)}\]]\s*(.*)$/iu.exec(t);
  const prefixed = /^(?:tbl|table|entity|collection|model)\b/i.test(t);
  if (call && (prefixed || inData) && isName(call[1]!)) {
    const fields = readFields(call[2]!);
    if (fields.fields.length === 0) return undefined;
    const after = call[3]!.replace(/^(?:->|→|=>|[-:—,\s])+/, '');
    // "→ kafka topic keyed by click_id, then hourly parquet in S3": it passes through the first and is kept in the last.
    const then = /\bthen\b(.*)$/i.exec(after);
    const store = (then ? storeNamed(then[1]!) : undefined) ?? storeNamed(after);
    return { kind: 'entity', name: tidy(call[1]!), ...fields, ...present({ store, reason: store ? reasonAfterStore(after) : tidy(after) }) };
  }
  const listed = /^(?:(?:tbl|table|entity|collection|model)\s+)?([\p{L}_][\p{L}\p{N}_ -]{0,40}?)\s*:\s*(.+)$/iu.exec(t);
  if (listed && (prefixed || inData) && isName(listed[1]!)) {
    const mapped = mapping(listed[1]!, listed[2]!);
    if (mapped) return mapped;
    let body = listed[2]!;
    let store: string | undefined;
    let reason: string | undefined;
    const paren = /\(([^()]*)\)\s*$/.exec(body);
    if (paren && storeNamed(paren[1]!)) {
      store = storeNamed(paren[1]!);
      body = body.slice(0, paren.index);
    } else if (paren && /\s(?:->|→|in|on)\s+[^,()]+\s*\($/.test(body.slice(0, paren.index + 1))) {
      // "… -> cassandra (partition by user_id, write heavy)": the brackets after the store say why.
      reason = tidy(paren[1]!);
      body = body.slice(0, paren.index).trimEnd();
    }
    const inStore = /\s+(?:in|on|stored in|->|→)\s+([^,]+)$/i.exec(body);
    if (!store && inStore && storeNamed(inStore[1]!)) {
      store = storeNamed(inStore[1]!);
      body = body.slice(0, inStore.index);
    }
    const fields = readFields(body);
    // A list of field names: short identifiers, at least two, no sentence.
    if (fields.fields.length < 2 || body.split(',').some((p) => p.trim().split(/\s+/).length > (inData ? 4 : 2))) return undefined;
    return { kind: 'entity', name: tidy(listed[1]!), ...fields, ...present({ store, reason: store ? reason : undefined }) };
  }
  return undefined;
}

/** The verb after the thing kept, in a sentence that says where it is kept. */
const KEPT = /^(?:each\s+|every\s+|the\s+|a\s+)?([\p{L}_][\p{L}\p{N}_ -]{0,40}?)\s+(?:lives?|stays?|sits?|goes|go|is|are|has|have|gets?)\s+(?:(?:stored|kept|written|held)\s+)?(?:in\s+|on\s+|as\s+|a\s+|an\s+)?(.+)$/iu;

/**
 * An entity told in a sentence of a data model: "Messages live in Cassandra, partitioned by
 * conversation_id, with message_id, role and content. One partition read loads a conversation.",
 * "Quota counters are Redis keys per user_id, holding used and reserved, because …", "Each reply
 * has a Redis stream keyed by reply_id …; that is what a reconnecting client replays from." The
 * thing kept and its store come from the first sentence; its key from "partitioned", "keyed" or
 * "sharded by"; its fields from "with" or "holding"; its reason from "because", "so" or what follows.
 */
export function entityInProse(text: string): EntityDraft | undefined {
  const line = text.trim();
  const end = /[.;]\s+(?=\S)/.exec(line);
  const first = end ? line.slice(0, end.index) : line.replace(/[.;]\s*$/, '');
  const after = end ? tidy(line.slice(end.index + end[0].length)) : '';
  const m = KEPT.exec(first);
  if (!m || !isName(m[1]!)) return undefined;
  const store = storeNamed(m[2]!);
  if (!store) return undefined;
  const key = /\b(?:partitioned|keyed|sharded|indexed|bucketed)\s+(?:by|on)\s+([\p{L}_][\p{L}\p{N}_]*)|\bkeys?\s+per\s+([\p{L}_][\p{L}\p{N}_]*)/iu.exec(first);
  const keyName = key ? (key[1] ?? key[2])! : undefined;
  const because = /(?:,\s*|\s)(?:because|since|so that|so)\s+(.+)$/i.exec(first);
  const listed = /\b(?:with|holding)\s+(.+?)(?:,\s*(?:because|since|so)\b.*)?$/i.exec(because ? first.slice(0, because.index) : first);
  const fields = listed ? readFields(listed[1]!.replace(/\s+and\s+/g, ', ')).fields.filter((f) => f.length > 1 && !/^(?:its|their|the|a|an)$/i.test(f)) : [];
  const all = [...new Set([...(keyName ? [keyName] : []), ...fields])];
  const reason = because ? tidy(because[1]!) : after || undefined;
  return { kind: 'entity', name: tidy(m[1]!), fields: all, ...present({ store, key: keyName, reason }) };
}
