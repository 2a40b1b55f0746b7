import { StoreKind } from '../../notes/item';
import { findPhrases } from '../../text/lexicon';
import { knowledgeLexicon } from '../../text/mentions';
import { tokens } from '../../text/normalise';
import { present, tidy, type Draft } from './draft';

type EntityDraft = Extract<Draft, { kind: 'entity' }>;

/** A field marked as the key: "code (key)", "id PK", "*user_id", "key: code". */
const KEY_MARK = /\s*(?:\((?:pk|key|primary key|partition key|pkey)\)|\b(?:pk|primary key|partition key)\b)\s*/i;
const IDENT = /^[*#]?\s*([\p{L}_][\p{L}\p{N}_.]*)/u;

/** The fields of an entity as written ("code (key), long_url, created_at"), and the key among them. */
export function readFields(text: string): { fields: string[]; key?: string } {
  const fields: string[] = [];
  let key: string | undefined;
  for (const raw of text.split(/\s*(?:,|;|\||->|→|=>|\n)\s*/)) {
    const part = raw.trim();
    if (part === '') continue;
    const marked = KEY_MARK.test(part) || /^\*/.test(part);
    // A field is a name: "10x" or "a few" in brackets is no field.
    const name = IDENT.exec(part.replace(KEY_MARK, ' ').trim())?.[1];
    if (name === undefined) continue;
    fields.push(name);
    if (marked && key === undefined) key = name;
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
    const store = storeNamed(after);
    return { kind: 'entity', name: tidy(call[1]!), ...fields, ...present({ store, reason: store ? reasonAfterStore(after) : tidy(after) }) };
  }
  const listed = /^(?:(?:tbl|table|entity|collection|model)\s+)?([\p{L}_][\p{L}\p{N}_ ]{0,40}?)\s*:\s*(.+)$/iu.exec(t);
  if (listed && (prefixed || inData) && isName(listed[1]!)) {
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
