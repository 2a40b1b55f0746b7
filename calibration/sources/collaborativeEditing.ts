import type { CalibrationSource } from './kit';
import { diagram, solo } from './kit';

/**
 * A solid senior on collaborative editing: OT through one session server per open document, an
 * operation log keyed by document and revision, snapshots, all sound and sized; the gaps are what
 * happens when a session server dies (no lease or failover), revocation of an open session, and
 * presence, and one trade-off's reason is thin.
 */
const solidSenior: CalibrationSource = {
  name: 'collaborative-editing-solid-senior',
  prompt: 'collaborative-editing',
  tag: 'c032',
  make(p) {
    const s = solo(p, 'senior');
    s.ask('How many users do we have?', 'About 100 million monthly users and 20 million who edit on a given day. There are about 2 billion documents stored, averaging 50 KB each as saved content.', 0).wait(0.3);
    s.ask('How many people edit a document at the same time?', 'About 90% of editing sessions have a single editor; most of the rest have 2 to 10. A popular document (meeting notes for a company all-hands) can have up to 100 people editing at once, which is our cap; people beyond that join as viewers.', 1).wait(0.3);
    s.ask('How often do users make edits?', 'An active editor types for about 20 minutes a day. The client batches keystrokes and sends about one operation per second while typing, around 200 bytes with metadata. Each editor opens about 5 documents a day and has one open for about an hour in total. Working hours run at about 3 times the daily average.', 2).wait(0.3);
    s.ask('What latency do we need?', 'Your own keystrokes must appear instantly, with no round trip. Collaborators in the same region should see an edit within 200 ms at p95, across continents within 500 ms. Opening a typical document should take under 1 second at p95.', 3).wait(0.3);
    s.ask('What consistency do we need?', 'Everyone must end up with exactly the same document once edits stop, and each person\'s intent should survive: if you type into a sentence I am also editing, both changes appear sensibly. An edit the server has acknowledged must never be lost. Availability target is 99.9%.', 4).wait(0.3);
    s.note({ list: 'functional', text: 'Create and open rich-text documents' }).wait(0.2);
    s.note({ list: 'functional', text: 'Up to 100 concurrent editors see each other\'s edits live; own keystrokes apply locally at once' }).wait(0.2);
    s.note({ list: 'functional', text: 'Share with people or by link as viewer or editor' }).wait(0.2);
    s.note({ list: 'functional', text: 'Version history with restore' }).wait(0.2);
    s.note({ list: 'out-of-scope', text: 'Comments, suggestions, spreadsheets, search, export' }).wait(0.2);
    s.note({ list: 'non-functional', text: 'Remote edits visible < 200 ms p95 in region, < 500 ms cross-continent; open < 1 s', quality: 'latency' }).wait(0.2);
    s.note({ list: 'non-functional', text: 'All copies converge; acknowledged edits never lost', quality: 'consistency' }).wait(0.2);
    s.note({ list: 'non-functional', text: '99.9%', quality: 'availability' }).wait(0.8);
    s.enter('estimate').wait(0.3);
    const ops: string[] = [];
    const conn: string[] = [];
    const log: string[] = [];
    s.line('ops = 20M/day * 1200', 'write-qps', ops).wait(0.4);
    s.line('peak_ops = ops * 3', 'peak-qps', ops).wait(0.3);
    s.line('connections = 20M/day * 1 h * 3', 'other', conn).wait(0.4);
    s.line('op_log = 20M/day * 1200 * 30 day * 200 B', 'storage', log).wait(0.4);
    s.line('snapshots = 2B * 50 KB', 'storage', log).wait(0.3);
    s.conclude('~830K ops/s at peak: too much to order through one database; each document gets one session server that orders its ops in memory', ops).wait(0.6);
    s.conclude('~2.5M open WebSockets at peak: a gateway fleet of a few hundred nodes', conn).wait(0.5);
    s.conclude('~144 TB of ops for 30 days plus ~100 TB of snapshots: a wide-column store for the log, object storage for snapshots', log).wait(0.8);
    s.enter('api').wait(0.3);
    s.note({ list: 'operation', signature: 'WSS /docs/{id}/live?rev=N: op {clientSeq, baseRev, ops} -> ack {clientSeq, rev}; broadcast {rev, clientId, ops}', purpose: 'Live editing', main: true }).wait(1.2);
    s.note({ list: 'operation', signature: 'GET /docs/{id} -> {snapshot, rev}', purpose: 'Open a document', main: false }).wait(0.8);
    s.note({ list: 'operation', signature: 'PUT /docs/{id}/acl; GET /docs/{id}/revisions', purpose: 'Sharing and history', main: false }).wait(0.8);
    s.enter('data').wait(0.3);
    s.note({ list: 'entity', name: 'Operation', fields: 'doc_id, rev, client_id, ops, ts', store: 'wide-column store', why: 'Append-only log partitioned by doc_id, clustered by rev; read in order to replay' }).wait(1);
    s.note({ list: 'entity', name: 'Snapshot', fields: 'doc_id, rev, content', store: 'object storage', why: 'Written every few hundred ops so opening does not replay everything' }).wait(0.8);
    s.note({ list: 'entity', name: 'Document', fields: 'doc_id, owner, title, latest_snapshot_rev', store: 'relational database', why: 'Metadata and ACLs need transactions' }).wait(0.6);
    s.note({ list: 'entity', name: 'Permission', fields: 'doc_id, principal, role', store: 'relational database', why: 'Checked on open' }).wait(0.8);
    s.enter('high-level').wait(0.3);
    diagram(s, [['b', 'Browser editor'], ['gw', 'WebSocket gateway'], ['ss', 'Session servers (OT)'], ['cas', 'Cassandra op log', 'ellipse'], ['s3', 'S3 snapshots', 'ellipse'],
      ['api', 'Doc service'], ['pg', 'Postgres docs + ACL', 'ellipse'], ['snap', 'Snapshotter']],
    [['b', 'gw'], ['gw', 'ss'], ['ss', 'cas'], ['b', 'api'], ['api', 'pg'], ['api', 's3'], ['cas', 'snap'], ['snap', 's3']], 0.5);
    s.note({ list: 'narrative', text: 'The gateway routes every connection for a document to the same session server by consistent hashing on doc_id. The session server transforms each op against ops since its base revision, appends it to the log, acks the sender and broadcasts to the others' }).wait(1.5);
    s.note({ list: 'narrative', text: 'Opening: the doc service checks the ACL and returns the latest snapshot; the client then connects and catches up on ops after the snapshot revision. The snapshotter folds the log into snapshots in the background' }).wait(1.5);
    s.enter('deep-dive').wait(0.3);
    s.note({ list: 'deep-dive', component: 'OT', decision: 'Client keeps one op in flight and buffers the rest; the server is the single sequencer per document, transforms an incoming op against all ops after its baseRev, so every client applies the same order; acks only after the op is in the log, so an acked edit survives a crash' }).wait(4);
    s.note({ list: 'deep-dive', component: 'Reconnect', decision: 'A client that drops keeps typing locally; on reconnect it sends its last acked rev and pending ops, the server sends what it missed and transforms the pending ops' }).wait(3);
    s.enter('bottlenecks').wait(0.3);
    s.note({ list: 'bottleneck', scale: '10x', what: '8.3M ops/s at peak into the op log', remedy: 'Batch appends per document (group commit) and add Cassandra nodes; doc_id partitions spread the load' }).wait(1.5);
    s.note({ list: 'bottleneck', scale: '10x', what: 'An all-hands doc with 100 editors and thousands of viewers on one session server', remedy: 'Viewers get batched updates every 500 ms through the gateways instead of every op' }).wait(1.5);
    s.enter('tradeoffs').wait(0.3);
    s.note({ list: 'tradeoff', chose: 'OT with a central sequencer', gaveUp: 'CRDTs', because: 'We have a server anyway and OT keeps documents small; CRDT metadata grows with every edit' }).wait(0.8);
    s.note({ list: 'tradeoff', chose: 'WebSockets', gaveUp: 'Long polling', because: 'Ops every second both ways; 200 ms p95 is hard with a request per op' }).wait(0.8);
    s.note({ list: 'tradeoff', chose: 'Cassandra for the log', gaveUp: 'Postgres', because: 'Better for writes' }).wait(0.8);
    return s.end();
  },
};

export const sessions: readonly CalibrationSource[] = [solidSenior];
