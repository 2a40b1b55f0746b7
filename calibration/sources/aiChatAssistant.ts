import type { CalibrationSource } from './kit';
import { diagram, solo } from './kit';

const A = {
  users: 'About 10 million daily active users, each sending about 15 messages a day. Traffic peaks at roughly 3 times the daily average when the US and European working days overlap.',
  tokens: 'A reply averages about 400 output tokens (capped at 4,000), and the prompt we send the model, with the conversation history and system instructions, averages about 2,000 tokens. The model\'s context window is 128K tokens. A token is about 4 characters of English text; storing one exchange (the user\'s message and the reply with metadata) takes about 3 KB.',
  gpu: 'We host it ourselves on 8-GPU nodes. With continuous batching one node serves about 200 concurrent streams at about 50 tokens/s each, so roughly 10,000 output tokens/s. GPUs are the expensive, scarce part: new nodes take weeks to get, not minutes.',
  latency: 'The first token should appear within 1 second at p50 and 3 seconds at p99 under normal load, then stream at no less than 30 tokens/s (we aim for 50). Everything around the model (auth, quota, loading history) should add under 150 ms.',
  quotas: 'Free users get 30 messages per rolling 3 hours on the large model, then drop to a smaller model. Paid users ($20 a month) get 200 per 3 hours. Business accounts buy a token budget per minute shared by the whole organisation. When someone hits a limit, tell them when it resets.',
  scope: 'In scope: create, list, rename and delete conversations; send a message and stream the reply; stop a reply; regenerate or edit a message; history synced across devices; quotas. Out of scope: training the model, images, files and voice, tools and web browsing, payments (a subscription service tells us each user\'s tier).',
  drops: 'Phones drop connections all the time. The reply should keep being generated, and when the user reconnects (or opens another device) they should see it continue from where it was, not start over.',
  avail: '99.9% availability for chat. A user\'s message, once acknowledged, must never be lost, and a partial reply must be saved if generation fails. Another device may see a new message a few seconds late.',
};

/**
 * A strong staff candidate on the AI chat assistant who writes the hour as a design document in
 * the free notes: markdown headings, bullet and numbered lists, whole sentences, "Decision:" after
 * each figure, a table-free prose trade-off section. Never uses the structured lists or the pad.
 * GPU capacity and KV-cache memory drive the design; failure modes, alternatives with numbers and
 * how the design evolves are raised without being asked.
 */
const staffDoc: CalibrationSource = {
  name: 'ai-chat-assistant-design-doc-staff',
  prompt: 'ai-chat-assistant',
  tag: 'c033',
  make(p) {
    const s = solo(p, 'staff');
    s.ask('What scale are we designing for?', A.users, 0).wait(0.3);
    s.ask('How many tokens per message?', A.tokens, 1).wait(0.3);
    s.ask('How many tokens per second can a GPU server produce?', A.gpu, 2).wait(0.3);
    s.ask('What are the latency targets?', A.latency, 3).wait(0.3);
    s.ask('How do quotas work?', A.quotas, 4).wait(0.3);
    s.ask('What is in scope?', A.scope, 5).wait(0.3);
    s.ask('What happens if the connection drops?', A.drops, 7).wait(0.3);
    s.ask('Can we lose messages?', A.avail, 8).wait(0.3);
    s.jot('## Requirements').wait(0.1);
    s.jot('- Users create, list, rename and delete conversations, and history is synced across their devices.').wait(0.2);
    s.jot('- A user sends a message and the reply streams back token by token; they can stop it, regenerate it or edit an earlier message, which starts a branch.').wait(0.2);
    s.jot('- A reply keeps being generated when the phone drops and resumes from the last token on reconnect, on any device.').wait(0.2);
    s.jot('- Quotas per tier: free 30 messages per rolling 3 hours then the smaller model, paid 200, business a token budget per minute per organisation; tell the user when the limit resets.').wait(0.2);
    s.jot('- Not in this design: training, images, files and voice, tools and browsing, payments.').wait(0.2);
    s.jot('### Targets').wait(0.1);
    s.jot('- First token within 1 s at p50 and 3 s at p99, then at least 30 tokens per second; our own overhead under 150 ms.').wait(0.2);
    s.jot('- Chat is 99.9% available.').wait(0.2);
    s.jot('- An acknowledged message is never lost, and a partial reply is saved when generation fails.').wait(0.2);
    s.jot('- Another device may see a message a few seconds late.').wait(0.2);
    s.jot('- A deleted conversation is gone from every store, backups included, within 30 days.').wait(0.4);
    s.enter('estimate').wait(0.2);
    s.jot('## Numbers').wait(0.1);
    s.jot('1. Messages: 10M users x 15 a day is 150M a day, about 1.7K per second on average and 5.2K per second at the peak. Decision: the request rate is ordinary; the web tier and the message store are not where this gets hard.').wait(0.5);
    s.jot('2. Output tokens: 150M replies x 400 tokens is about 690K tokens per second, 2.1M per second at peak. Decision: at 10K tokens per second per node that is about 210 GPU nodes at peak, and I would plan 260 to leave room for a failed node and uneven load.').wait(0.5);
    s.jot('3. Open streams: a 400-token reply at 50 tokens per second lasts about 8 seconds, so about 42K streams are open at peak. Decision: the gateway has to hold tens of thousands of long-lived connections, which means SSE terminated at a connection-aware gateway tier.').wait(0.5);
    s.jot('4. KV cache: 200 streams x 2,400 tokens x about 320 KB per token is about 154 GB per node. Decision: GPU memory, not compute, caps how many streams a node takes, so the router admits by free KV blocks.').wait(0.5);
    s.jot('5. Prefill: 150M x 2,000 prompt tokens is about 3.5M tokens per second, mostly history the model has already seen. Decision: route a conversation back to the node that holds its prefix.').wait(0.5);
    s.jot('6. Storage: 150M exchanges a day x 3 KB x 2 years is about 330 TB before replication. Decision: a partitioned key-value store keyed by conversation.').wait(0.6);
    s.enter('api').wait(0.2);
    s.jot('## API').wait(0.1);
    s.jot('- The hot path is `POST /v1/conversations/{id}/messages` with `{clientMessageId, parentId, content}`: it answers `200 text/event-stream` with a `meta` event (message and reply ids), `token` events carrying a sequence number, and a `done` event with usage. The clientMessageId makes a retried send idempotent.').wait(0.6);
    s.jot('- `GET /v1/replies/{replyId}/stream` with `Last-Event-ID` resumes a reply from the next token, or returns it whole when it has finished.').wait(0.4);
    s.jot('- `POST /v1/replies/{replyId}/stop` answers 202 and keeps the partial reply.').wait(0.3);
    s.jot('- `GET /v1/conversations?cursor=` lists conversations newest first; `GET /v1/conversations/{id}/messages?cursor=` pages through one; `POST`, `PATCH` and `DELETE /v1/conversations/{id}` create, rename and delete.').wait(0.4);
    s.jot('- Over quota the send answers `429` with the limit, when it resets and the model the user can fall back to.').wait(0.5);
    s.enter('data').wait(0.2);
    s.jot('## Data').wait(0.1);
    s.jot('- Messages live in Cassandra, partitioned by conversation_id and clustered by seq, with message_id, parent_id, role, content, tokens and status. Loading a conversation is one partition read, and parent_id gives the branch tree that edits and regenerations need.').wait(0.5);
    s.jot('- Conversations live in Cassandra too, partitioned by user_id and ordered by updated_at, so the sidebar is one query per user.').wait(0.4);
    s.jot('- Each reply has a Redis stream keyed by reply_id with its tokens for 10 minutes; that is what a reconnecting client replays from.').wait(0.4);
    s.jot('- Quota counters are Redis keys per user or organisation and window, holding used and reserved, because every message checks and reserves atomically.').wait(0.4);
    s.jot('- Accounts (user_id, tier, org_id) stay in Postgres: small, relational, and cached in front of the quota check.').wait(0.5);
    s.enter('high-level').wait(0.2);
    diagram(s, [['c', 'Web and mobile clients'], ['gw', 'API gateway (SSE, auth)', 'diamond'], ['cs', 'Chat service'], ['rd', 'Redis (quota, reply streams)', 'ellipse'], ['mod', 'Moderation service'],
      ['ir', 'Inference router'], ['ms', 'Model servers (vLLM)'], ['db', 'Cassandra messages', 'ellipse'], ['pg', 'Postgres accounts', 'ellipse'], ['k', 'Kafka usage events'], ['w', 'Usage meter and deletion workers']],
    [['c', 'gw'], ['gw', 'cs'], ['cs', 'rd'], ['cs', 'mod'], ['cs', 'ir'], ['ir', 'ms'], ['cs', 'db'], ['cs', 'pg'], ['cs', 'k'], ['k', 'w'], ['w', 'db']], 0.4);
    s.jot('## How a message flows').wait(0.1);
    s.jot('1. The client posts the message to the gateway, which ends TLS, authenticates and applies per-IP limits, then hands it to the chat service.').wait(0.3);
    s.jot('2. The chat service drops a duplicate clientMessageId, writes the message to Cassandra, reserves quota in Redis and runs the input through moderation.').wait(0.3);
    s.jot('3. It builds the prompt from recent history, summarising old turns when it would not fit, and asks the inference router for a slot with the conversation id and tier.').wait(0.3);
    s.jot('4. The router prefers the node that served this conversation last, otherwise the least loaded node with free KV blocks, otherwise it queues by priority with a deadline.').wait(0.3);
    s.jot('5. Tokens come back over a gRPC stream; the chat service relays each one as an SSE event, appends it to the Redis stream and checkpoints the partial reply to Cassandra every 50 tokens.').wait(0.3);
    s.jot('6. At the end it settles the quota with the real count and publishes a usage event to Kafka for metering, titles and deletion workers.').wait(1);
    s.enter('deep-dive').wait(0.2);
    s.jot('## Deep dive: streaming and resume').wait(0.1);
    s.jot('The reply belongs to its reply id, not to the HTTP connection. When the client goes away the chat service keeps reading from the model server into the Redis stream, capped at 4,000 tokens with a 10 minute TTL. A reconnect sends Last-Event-ID, the service replays from Redis and then tails it live, so the user sees the reply continue instead of starting over. I chose this over tying generation to the connection: a phone that drops every few minutes would otherwise cost a whole regenerated reply each time, and the price is GPU time on the few replies nobody comes back for. A slow client reads from Redis at its own pace, so it never holds back the GPU batch.').wait(2.5);
    s.jot('## Deep dive: GPU scheduling').wait(0.1);
    s.jot('Continuous batching reads the weights once per step for the whole batch, so 200 streams cost little more than one. Because each stream keeps 320 KB per token of KV cache, long conversations cut concurrency: admission is by free KV blocks, not by request count. Batches of about 200 streams at 50 tokens per second are roughly five times cheaper per token than 20 streams at 100 tokens per second, and 50 tokens per second already outpaces reading, so I would not buy speed per stream. Prefix caching with consistent hashing on conversation id, with a load cap, skips most of the 3.5M prefill tokens per second and brings the first token forward.').wait(2.5);
    s.jot('## What fails and what happens then').wait(0.1);
    s.jot('- A model server dies mid-batch: its 200 streams break; the chat service sees the gRPC stream end, keeps the partial reply from the last checkpoint and retries the rest on another node from the saved prefix, so users see a pause of a second or two, not an error.').wait(0.6);
    s.jot('- A chat service instance dies: the replies it was relaying are marked failed at their last checkpoint and the client offers continue or regenerate.').wait(0.5);
    s.jot('- Redis is unreachable: quota checks fail open for paid users for a few minutes and closed for free users, and resume falls back to the last checkpoint in Cassandra.').wait(0.5);
    s.jot('- The fleet is full: free users move to the smaller model, then get a retry-after; paid and business traffic keeps its latency.').wait(1);
    s.enter('bottlenecks').wait(0.2);
    s.jot('## Where it breaks').wait(0.1);
    s.jot('- At 10x we need about 21M output tokens per second at peak, roughly 2,100 GPU nodes, and GPUs take weeks to arrive. I would quantise weights and KV cache to 8 bits, send easy questions to the smaller model through a cheap classifier, and spread the fleet over every region that has GPUs.').wait(0.6);
    s.jot('- Long contexts fill the KV cache of a node and push out everyone else; cap history per tier, summarise older turns and offload cold KV blocks to CPU memory.').wait(0.5);
    s.jot('- The gateway holds 420K open streams at 10x: more gateway instances behind a connection-aware load balancer, with SSE multiplexed over HTTP/2.').wait(0.5);
    s.jot('- At 100x the message store holds about 33 PB over two years: move old conversations to compressed object storage and load them on demand.').wait(0.5);
    s.jot('- At 100x the quota counters are the hot path of every message: shard Redis by user id, one key per check.').wait(0.6);
    s.enter('tradeoffs').wait(0.2);
    s.jot('## Trade-offs').wait(0.1);
    s.jot('- I picked SSE over WebSockets because it is a one-way stream over plain HTTP that proxies and HTTP/2 handle well and it resumes with Last-Event-ID; the cost is that stop and new messages are separate requests.').wait(0.4);
    s.jot('- I picked sticky routing for the prefix cache over pure least-loaded routing because most of the 3.5M prefill tokens per second are repeated history and hits save first-token time; the cost is less even load, which the load cap bounds.').wait(0.4);
    s.jot('- I picked reserve-then-settle quotas over exact counting first because the output length is unknown until the end and parallel requests would overspend an organisation budget; the cost is a reconciliation step.').wait(0.4);
    s.jot('- Risk: GPU lead time against growth. Evolution: when usage doubles again, move to disaggregated prefill and decode pools so long prompts stop stalling short replies, and add speculative decoding once the small model is good enough as a draft.').wait(0.5);
    return s.end();
  },
};

export const sessions: readonly CalibrationSource[] = [staffDoc];
