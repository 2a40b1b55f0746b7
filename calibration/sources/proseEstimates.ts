import type { CalibrationSource } from './kit';
import { diagram, solo } from './kit';
import { askPrompt } from './playbookRemedies';

/**
 * A solid senior notifications session whose candidate never touches the pad: the estimates are
 * sentences in the free notes of the estimate phase, each rate worked from the prompt's figures
 * with its units and ending in what it means for the design (queue and workers per channel, the
 * SMS provider's limit, a log store sized for 90 days). The rest is structured notes.
 */
const notificationsProse: CalibrationSource = {
  name: 'notifications-prose-estimates-senior',
  prompt: 'notifications',
  tag: 'r805',
  make(p) {
    const s = solo(p, 'senior');
    askPrompt(s, p, 'How many notifications a day?', 0);
    askPrompt(s, p, 'What does the peak look like?', 1);
    askPrompt(s, p, 'Which channels are in scope?', 2);
    askPrompt(s, p, 'How fast must a notification arrive?', 3);
    askPrompt(s, p, 'Can a user get the same notification twice?', 6);
    s.note({ list: 'functional', text: 'Teams send a notification to a user through one API, by push, email or SMS' }).wait(0.2);
    s.note({ list: 'functional', text: 'Respect user preferences and quiet hours per channel' }).wait(0.2);
    s.note({ list: 'functional', text: 'Campaigns to millions of users, scheduled' }).wait(0.2);
    s.note({ list: 'out-of-scope', text: 'Writing the content of campaigns, in-app inbox' }).wait(0.2);
    s.note({ list: 'non-functional', text: 'Login codes delivered within 5 s at p99', quality: 'latency' }).wait(0.2);
    s.note({ list: 'non-functional', text: 'No notification lost once accepted', quality: 'durability' }).wait(0.2);
    s.note({ list: 'non-functional', text: 'At most one copy of each notification per user', quality: 'consistency' }).wait(0.2);
    s.note({ list: 'non-functional', text: 'Accepting sends 99.99% available', quality: 'availability' }).wait(1);
    s.enter('estimate').wait(0.3);
    s.jot('About a billion notifications a day, which is roughly 12 thousand a second on average, and the peak is five times that, close to 60 thousand a second. That is far beyond one database insert per send, so sends go on a queue partitioned by channel with a pool of workers per channel.').wait(1.5);
    s.jot('Push is about 80 percent of that, around 9 to 10 thousand pushes a second. SMS is only about 1 percent, but at the peak that is still some 600 a second, above what one SMS provider account allows, so we need two providers and a rate limiter in front of them.').wait(1.5);
    s.jot('Every send is logged at about 500 bytes and kept for 90 days: a billion a day times 90 days times half a kilobyte is about 45 terabytes, so the log goes to a wide-column store partitioned by user, not to the relational database that holds preferences.').wait(1.5);
    s.enter('api').wait(0.3);
    s.note({ list: 'operation', signature: 'POST /v1/notifications {userId, template, data, channels?, priority, idempotencyKey} -> 202 {id}', purpose: 'A team sends one notification', main: true }).wait(0.4);
    s.note({ list: 'operation', signature: 'POST /v1/campaigns {segment, template, sendAt} -> {campaignId}', purpose: 'Schedule a campaign', main: false }).wait(0.4);
    s.note({ list: 'operation', signature: 'PUT /v1/users/{id}/preferences {channel: on|off, quietHours}', purpose: 'User preferences', main: false }).wait(0.4);
    s.note({ list: 'operation', signature: 'GET /v1/notifications/{id} -> {status per channel}', purpose: 'Delivery status', main: false }).wait(1);
    s.enter('data').wait(0.3);
    s.note({ list: 'entity', name: 'Preference', fields: 'user_id PK, channel flags, quiet hours, devices', store: 'relational database', why: '300 GB, read on every send: cached, changed rarely' }).wait(0.5);
    s.note({ list: 'entity', name: 'Notification log', fields: 'user_id, notification_id, channel, status, ts', store: 'wide-column store', why: 'Append-heavy, 45 TB over 90 days, read by user for support; TTL drops old rows' }).wait(0.5);
    s.note({ list: 'entity', name: 'Dedupe key', fields: 'idempotency key -> notification_id', store: 'key-value store', why: 'Checked on every accept, kept one day with a TTL' }).wait(1);
    s.enter('high-level').wait(0.3);
    diagram(s, [['t', 'Team services'], ['gw', 'API gateway', 'diamond'], ['ns', 'Notification service'], ['kv', 'Dedupe store', 'ellipse'], ['pc', 'Preference cache', 'ellipse'], ['q', 'Kafka per channel'],
      ['pw', 'Push workers'], ['ew', 'Email workers'], ['sw', 'SMS workers'], ['apns', 'APNs / FCM'], ['sms', 'SMS providers'], ['log', 'Notification log', 'ellipse']],
    [['t', 'gw'], ['gw', 'ns'], ['ns', 'kv'], ['ns', 'pc'], ['ns', 'q'], ['q', 'pw'], ['q', 'ew'], ['q', 'sw'], ['pw', 'apns'], ['sw', 'sms'], ['pw', 'log'], ['ew', 'log'], ['sw', 'log']], 0.4);
    s.note({ list: 'narrative', text: 'A team calls the gateway; the notification service checks the idempotency key, reads the user preferences from the cache, and writes one message per allowed channel to that channel topic. Workers per channel send through the providers and write the outcome to the notification log. Login codes go on a high-priority topic so campaigns never delay them.' }).wait(3);
    s.enter('deep-dive').wait(0.3);
    s.note({ list: 'deep-dive', component: 'Exactly one copy', decision: 'The idempotency key is set-if-absent in the dedupe store before enqueueing, and workers record the provider message id, so a redelivered message is not sent again; at-least-once queues plus this check give one copy, because the queue alone would redeliver after a worker crash' }).wait(4);
    s.note({ list: 'deep-dive', component: 'Campaigns', decision: 'A scheduler expands a segment in pages of 10K users onto the low-priority topic at a capped rate (14K/s for 50M in an hour), so a campaign never starves login codes' }).wait(3);
    s.enter('bottlenecks').wait(0.3);
    s.note({ list: 'bottleneck', scale: '10x', what: 'SMS provider limits at 6K SMS/s', remedy: 'Spread over several providers with a token bucket per provider; queue the rest' }).wait(1);
    s.note({ list: 'bottleneck', scale: '10x', what: 'Preference reads on every send at 600K/s', remedy: 'Cache preferences in each notification service instance for 60 s; a change takes a minute to apply' }).wait(1);
    s.note({ list: 'bottleneck', scale: '100x', what: 'Log writes at millions/s', remedy: 'Batch log writes per worker every 100 ms and partition the log by user' }).wait(1.2);
    s.enter('tradeoffs').wait(0.3);
    s.note({ list: 'tradeoff', chose: 'A topic per channel and priority', gaveUp: 'One shared queue', because: 'A slow email provider or a campaign must not delay 5 s login codes' }).wait(0.8);
    s.note({ list: 'tradeoff', chose: 'At-least-once delivery with a dedupe check', gaveUp: 'Exactly-once transactions across queue and providers', because: 'Providers are outside our transactions; the dedupe store gives one copy for a 100 GB key set' }).wait(0.8);
    s.note({ list: 'risk', text: 'A provider accepting a message and never delivering it: we only see it from delivery receipts' }).wait(0.6);
    return s.end();
  },
};

/**
 * A solid mid-level video session whose numbers are worked in prose in the free notes: views and
 * uploads a second, concurrent streams and egress, storage a year, each with units and a
 * conclusion about the CDN, the transcoding fleet or object storage. No pad line is written.
 * The design is sound on the main path; live and piracy are left out, bottlenecks are few.
 */
const videoProse: CalibrationSource = {
  name: 'video-streaming-prose-estimates-mid',
  prompt: 'video-streaming',
  tag: 'r806',
  make(p) {
    const s = solo(p, 'mid');
    askPrompt(s, p, 'How many viewers a day?', 0);
    askPrompt(s, p, 'How many uploads a day?', 1);
    askPrompt(s, p, 'What is in scope?', 5);
    askPrompt(s, p, 'How fast should playback start?', 4);
    s.note({ list: 'functional', text: 'Creators upload videos, which are processed for every device' }).wait(0.2);
    s.note({ list: 'functional', text: 'Viewers watch with adaptive quality on phones, laptops and TVs' }).wait(0.2);
    s.note({ list: 'functional', text: 'Video pages with title, description and view counts' }).wait(0.2);
    s.note({ list: 'out-of-scope', text: 'Live streaming, comments, recommendations' }).wait(0.2);
    s.note({ list: 'non-functional', text: 'Playback starts within 2 s at p95', quality: 'latency' }).wait(0.2);
    s.note({ list: 'non-functional', text: 'Uploaded videos are never lost', quality: 'durability' }).wait(0.2);
    s.note({ list: 'non-functional', text: 'Playback 99.99% available', quality: 'availability' }).wait(1);
    s.enter('estimate').wait(0.3);
    s.jot('Around 500 million views a day, so close to 6 thousand new views a second, maybe 17 thousand at the evening peak.').wait(1);
    s.jot('100 million daily viewers watching about 30 minutes each means roughly 2 million streams at any moment; at about 3 megabits per second that is around 6 terabits per second of egress, far more than any origin can serve, so nearly all playback must come from a CDN.').wait(1.5);
    s.jot('Half a million uploads a day at 300 megabytes each is about 150 terabytes a day coming in, plus the renditions: well over 100 petabytes a year, so videos live in object storage with old, rarely watched renditions moved to a colder tier.').wait(1.5);
    s.jot('Each upload is about five minutes and is transcoded into six renditions, so we keep on the order of ten thousand transcoding workers busy, fed from a queue so upload spikes just wait.').wait(1.5);
    s.enter('api').wait(0.3);
    s.note({ list: 'operation', signature: 'POST /v1/uploads {title, size} -> {uploadId, partUrls[]}', purpose: 'Start a resumable upload to object storage', main: false }).wait(0.4);
    s.note({ list: 'operation', signature: 'GET /v1/videos/{id}/manifest -> HLS manifest', purpose: 'Playback: the rendition ladder and segment URLs on the CDN', main: true }).wait(0.4);
    s.note({ list: 'operation', signature: 'GET /v1/videos/{id} -> {title, description, views}', purpose: 'Video page', main: false }).wait(1);
    s.enter('data').wait(0.3);
    s.note({ list: 'entity', name: 'Video', fields: 'video_id PK, creator_id, title, status, renditions', store: 'relational database', why: 'About 9 TB of metadata over 5 years, read by id and cached' }).wait(0.5);
    s.note({ list: 'entity', name: 'Segment', fields: 'video_id, rendition, index -> bytes', store: 'object storage', why: 'Hundreds of PB of immutable files, served through the CDN' }).wait(0.5);
    s.note({ list: 'entity', name: 'View count', fields: 'video_id, count', store: 'key-value store', why: 'Incremented on every view, read on every page' }).wait(1);
    s.enter('high-level').wait(0.3);
    diagram(s, [['cr', 'Creator app'], ['v', 'Viewer app'], ['gw', 'API gateway', 'diamond'], ['us', 'Upload service'], ['raw', 'Raw uploads bucket', 'ellipse'], ['q', 'Transcode queue'],
      ['tw', 'Transcoding workers'], ['seg', 'Segments bucket', 'ellipse'], ['cdn', 'CDN'], ['vs', 'Video service'], ['db', 'Video metadata DB', 'ellipse']],
    [['cr', 'gw'], ['gw', 'us'], ['us', 'raw'], ['us', 'q'], ['q', 'tw'], ['tw', 'raw'], ['tw', 'seg'], ['tw', 'db'], ['v', 'gw'], ['gw', 'vs'], ['vs', 'db'], ['v', 'cdn'], ['cdn', 'seg']], 0.4);
    s.note({ list: 'narrative', text: 'Creators upload parts straight to the raw bucket through signed URLs; when the upload completes the upload service puts a job on the transcode queue. Workers read the raw file, write each rendition as segments to the segments bucket and mark the video ready in the metadata DB. A viewer gets the manifest from the video service and then fetches segments from the CDN, which pulls from the segments bucket on a miss.' }).wait(3);
    s.enter('deep-dive').wait(0.3);
    s.note({ list: 'deep-dive', component: 'Transcoding', decision: 'Split each upload into 10 s chunks transcoded in parallel on workers from the queue, so a long video is ready in minutes, and a failed chunk is retried alone' }).wait(4);
    s.note({ list: 'deep-dive', component: 'Adaptive playback', decision: 'HLS with 4 s segments and a ladder from 240p to 4K; the player picks the rendition from its measured bandwidth, because a fixed quality would stall on phones' }).wait(3);
    s.enter('bottlenecks').wait(0.3);
    s.note({ list: 'bottleneck', scale: '10x', what: 'A viral video: millions of viewers on the same segments at once', remedy: 'The CDN absorbs them; push the first segments of trending videos to edge caches before the rush' }).wait(1.2);
    s.note({ list: 'bottleneck', scale: '10x', what: 'Upload spikes fill the transcode queue', remedy: 'Autoscale the workers on queue depth; videos take longer to be ready' }).wait(1.2);
    s.enter('tradeoffs').wait(0.3);
    s.note({ list: 'tradeoff', chose: 'Transcode every rendition up front', gaveUp: 'Transcoding on first view', because: 'Playback must start within 2 s, and storage is cheaper than making viewers wait' }).wait(0.8);
    s.note({ list: 'tradeoff', chose: 'Approximate view counts', gaveUp: 'Exact counts on every page', because: 'Increments are batched per minute so 17K views/s do not hit one row' }).wait(0.8);
    s.note({ list: 'risk', text: 'CDN cost dominates: a second CDN for negotiating, not designed' }).wait(0.6);
    return s.end();
  },
};

export const sessions: readonly CalibrationSource[] = [notificationsProse, videoProse];
