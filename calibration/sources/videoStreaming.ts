import type { CalibrationSource } from './kit';
import { diagram, solo } from './kit';

/**
 * A strong staff candidate on video streaming, in the structured notes and the pad: egress is the
 * number that drives the design, each option is weighed with numbers, failure modes and how the
 * design evolves (4K, newer codecs, own edge caches) are raised without being asked.
 */
const staff: CalibrationSource = {
  name: 'video-streaming-strong-staff',
  prompt: 'video-streaming',
  tag: 'c029',
  make(p) {
    const s = solo(p, 'staff');
    s.ask('How many users do we have?', 'About 100 million daily active viewers worldwide. Each watches about 5 videos a day for around 30 minutes in total, so about 500 million views a day. Evening peaks run at about twice the average bandwidth and three times the average rate of new views.', 0).wait(0.3);
    s.ask('How many videos are uploaded per day?', 'About 500,000 uploads a day. The average video is 5 minutes long and the uploaded file averages 300 MB (roughly 8 Mbit/s source). The limit is 12 hours or 128 GB per file, and uploads often come from phones on flaky networks.', 1).wait(0.3);
    s.ask('Which qualities and formats do we serve?', 'Serve a ladder from 144p up to 1080p, six renditions in H.264, which together add up to about 10 Mbit/s per second of video. Players on web, iOS, Android and smart TVs must switch quality as the network changes. 4K and newer codecs are out for now.', 2).wait(0.3);
    s.ask('How fast must a video be available after upload?', 'A 5-minute video should be watchable in at least one low quality within about 5 minutes of the upload finishing, and have its full ladder within 30 minutes. Creators see a processing status meanwhile.', 3).wait(0.3);
    s.ask('What playback latency do we need?', 'Playback should start within 2 seconds at p95 on a decent connection, and viewers should spend less than 1% of watch time rebuffering. Seeking should resume within about 1 second.', 4).wait(0.3);
    s.ask('What availability do we need?', 'Playback is what people notice: aim for 99.99%. Upload and processing can be 99.9% as long as no finished upload is lost. View counts and metadata edits may lag by minutes; a video that was made private must stop playing for others within a minute.', 6).wait(0.3);
    s.ask('What about private videos?', 'Videos can be public, unlisted or private; private ones play only for accounts the creator allows. DRM is out of scope, but media URLs should not be usable forever by anyone. Another team exposes a content-ID API that fingerprints a video and says if it must be blocked; call it during processing.', 9).wait(0.3);
    s.note({ list: 'functional', text: 'Resumable multipart upload of large files (up to 128 GB) from flaky phones' }).wait(0.2);
    s.note({ list: 'functional', text: 'Transcode into the six-rendition H.264 ladder, thumbnails, content-ID check; creator sees status' }).wait(0.2);
    s.note({ list: 'functional', text: 'Adaptive-bitrate playback on web, mobile and TV via CDN; metadata and visibility (public, unlisted, private)' }).wait(0.2);
    s.note({ list: 'functional', text: 'Approximate view counts' }).wait(0.2);
    s.note({ list: 'out-of-scope', text: 'Recommendations, comments, live, ads, search, DRM, 4K (for now)' }).wait(0.2);
    s.note({ list: 'non-functional', text: 'Start < 2 s p95, < 1% rebuffering, seek < 1 s', quality: 'latency' }).wait(0.2);
    s.note({ list: 'non-functional', text: 'Playback 99.99%, upload 99.9%', quality: 'availability' }).wait(0.2);
    s.note({ list: 'non-functional', text: 'No finished upload ever lost; originals kept for re-transcoding', quality: 'durability' }).wait(0.2);
    s.note({ list: 'non-functional', text: 'First rendition < 5 min, full ladder < 30 min', quality: 'consistency' }).wait(0.2);
    s.note({ list: 'non-functional', text: 'Private stops playing within 1 min; signed, expiring media URLs', quality: 'security' }).wait(0.4);
    s.enter('estimate').wait(0.2);
    const eg: string[] = [];
    const up: string[] = [];
    const st: string[] = [];
    const tx: string[] = [];
    s.line('views = 500M/day', 'read-qps', eg).wait(0.2);
    s.line('peak_views = 500M/day * 3', 'peak-qps', eg).wait(0.2);
    s.line('concurrent = 100M * 30 min/day', 'other', eg).wait(0.3);
    s.line('egress = 100M * 30 min/day * 3 Mbps', 'bandwidth', eg).wait(0.3);
    s.line('peak_egress = egress * 2', 'bandwidth', eg).wait(0.3);
    s.line('ingress = 500K/day * 300 MB', 'bandwidth', up).wait(0.3);
    s.line('storage_per_year = 500K/day * 365 day * (300 MB + 5 min * 10 Mbps)', 'storage', st).wait(0.4);
    s.line('encode_slots = 500K/day * 5 min * 6', 'other', tx).wait(0.3);
    s.conclude('~780 GB/s average, 1.56 TB/s at peak: this is the design. Only a CDN with ISP-embedded caches can serve it; origin must see a few percent at most', eg).wait(0.5);
    s.conclude('1.7 GB/s of uploads: clients upload parts straight to object storage with signed URLs, never through our servers', up).wait(0.4);
    s.conclude('~123 PB a year, mostly originals and a long tail nobody watches: tier originals and cold renditions to archive classes after 30 days', st).wait(0.4);
    s.conclude('~10K encode slots busy on average: chunked parallel encoding on autoscaled spot workers, queue-driven', tx).wait(0.5);
    s.enter('api').wait(0.2);
    s.note({ list: 'operation', signature: 'POST /v1/uploads {filename, size, type} -> {uploadId, partSize: 8MB, partUrls[]}; POST /v1/uploads/{id}/complete {partChecksums} -> {videoId, status}', purpose: 'Resumable upload straight to object storage', main: false }).wait(1);
    s.note({ list: 'operation', signature: 'GET /v1/videos/{id}/play -> {manifestUrl (signed, 1 h)}; then master.m3u8, rendition playlists, 4 s segments from the CDN', purpose: 'The hot path; 403 when private, 404 when deleted', main: true }).wait(1);
    s.note({ list: 'operation', signature: 'POST /v1/videos/{id} {title, description, visibility}; GET /v1/videos/{id}', purpose: 'Metadata and processing status', main: false }).wait(0.6);
    s.note({ list: 'operation', signature: 'POST /v1/videos/{id}/views (batched beacons)', purpose: 'Approximate counts', main: false }).wait(0.5);
    s.enter('data').wait(0.2);
    s.note({ list: 'entity', name: 'Video', fields: 'video_id PK, owner_id, title, visibility, status, created_at', store: 'relational database', why: '9 TB over five years, sharded by video_id (Vitess); visibility changes must be transactional and read by the play API' }).wait(0.8);
    s.note({ list: 'entity', name: 'Rendition', fields: 'video_id + resolution PK, codec, bitrate, manifest_path, ready_at', store: 'relational database', why: 'Read with the video on every play; tells the player what exists' }).wait(0.6);
    s.note({ list: 'entity', name: 'Media', fields: 'originals/{video_id}, renditions/{video_id}/{res}/seg_N.ts', store: 'object storage', why: '123 PB a year; eleven nines; lifecycle rules tier cold objects' }).wait(0.6);
    s.note({ list: 'entity', name: 'Upload session', fields: 'upload_id PK, parts done, expires_at', store: 'key-value store', why: 'Short-lived, lets a phone resume after a drop' }).wait(0.5);
    s.note({ list: 'entity', name: 'View count', fields: 'video_id PK, count (sharded counters)', store: 'key-value store', why: 'Approximate, aggregated from beacons every minute' }).wait(0.5);
    s.enter('high-level').wait(0.2);
    diagram(s, [['pl', 'Player / app'], ['cdn', 'CDN + ISP edge caches'], ['sh', 'Origin shield'], ['gw', 'API gateway', 'diamond'], ['vs', 'Video service'],
      ['us', 'Upload service'], ['s3', 'S3 originals + renditions', 'ellipse'], ['q', 'Kafka transcode tasks'], ['tw', 'Transcode workers (ffmpeg)'], ['db', 'Vitess metadata', 'ellipse'],
      ['rc', 'Redis metadata cache', 'ellipse'], ['cid', 'Content-ID API'], ['vc', 'View counter (Flink)']],
    [['pl', 'cdn'], ['cdn', 'sh'], ['sh', 's3'], ['pl', 'gw'], ['gw', 'vs'], ['vs', 'rc'], ['vs', 'db'], ['gw', 'us'], ['us', 's3'], ['us', 'q'], ['q', 'tw'], ['tw', 's3'], ['tw', 'cid'], ['tw', 'db'], ['gw', 'vc']], 0.35);
    s.note({ list: 'narrative', text: 'Upload: the upload service hands out signed part URLs, the phone puts 8 MB parts straight into S3, complete enqueues a processing job. Workers split at keyframes, encode chunks in parallel, run content-ID, write renditions and mark them ready (lowest first)' }).wait(1.5);
    s.note({ list: 'narrative', text: 'Playback: the video service checks visibility and returns a signed manifest URL; the player pulls manifests and 4-second segments through the CDN, the shield coalesces misses so each region fetches from S3 once' }).wait(1.5);
    s.enter('deep-dive').wait(0.2);
    s.note({ list: 'deep-dive', component: 'Transcoding pipeline', decision: 'Split at keyframes into ~10 s chunks, one task per chunk x rendition (30 chunks x 6 = 180 tasks for 5 minutes), so the 144p rendition is ready in ~2 min against 20+ min for one pass; tasks idempotent by (video, chunk, rendition), retried from the queue; a worker dying loses one chunk, not the video' }).wait(3);
    s.note({ list: 'deep-dive', component: 'Delivery', decision: 'HLS with 4 s segments: smaller segments start faster but double manifest and request load (520K segment req/s at 4 s vs 260K at 8 s); player ABR buffer-based after start; manifests cached 1 min, segments immutable and cached forever; private videos use 1 h signed URLs, so revoking takes effect at the next manifest fetch within a minute' }).wait(3);
    s.note({ list: 'deep-dive', component: 'Failure modes', decision: 'CDN provider outage: multi-CDN with DNS steering, each sized for 60% of peak; S3 region loss: renditions replicated to a second region for the top 5% of videos (the rest re-transcoded from cross-region originals); bad encoder release: canary on 1% of jobs and a checksum/playback probe before marking ready' }).wait(2.5);
    s.enter('bottlenecks').wait(0.2);
    s.note({ list: 'bottleneck', scale: '10x', what: 'Playback egress ~15 TB/s at peak', remedy: 'Own caches inside the largest ISPs (Open Connect style) filled overnight with predicted-popular videos; CDN for the rest' }).wait(1.2);
    s.note({ list: 'bottleneck', scale: '10x', what: 'A viral video: millions of segment misses hitting the origin at once', remedy: 'Origin shield with request coalescing per region; pre-push to edges when the view rate crosses a threshold' }).wait(1.2);
    s.note({ list: 'bottleneck', scale: '10x', what: 'Transcoding backlog ~100K slots after a spike', remedy: 'Autoscale on queue depth with spot capacity; priority queue for short videos; publish low renditions first' }).wait(1.1);
    s.note({ list: 'bottleneck', scale: '100x', what: 'Storage ~1.2 EB a year', remedy: 'Archive tiers for originals and unwatched renditions, drop renditions nobody played in a year and re-encode on demand' }).wait(1);
    s.enter('tradeoffs').wait(0.2);
    s.note({ list: 'tradeoff', chose: 'Pre-transcode the full ladder', gaveUp: 'Transcoding on demand', because: 'Start < 2 s p95 rules out encoding on first play; on-demand would save maybe 40% storage on the long tail, which tiering gets most of' }).wait(0.6);
    s.note({ list: 'tradeoff', chose: 'Chunked parallel encoding', gaveUp: 'One pass per file (simpler, slightly better compression)', because: 'The 5-minute first-rendition target needs parallelism; a one-pass encode of a 5-minute video takes 20+ minutes' }).wait(0.6);
    s.note({ list: 'tradeoff', chose: 'Approximate batched view counts', gaveUp: 'Exact synchronous counters', because: '17K new views/s at peak on hot keys; minutes of lag is allowed' }).wait(0.6);
    s.note({ list: 'risk', text: 'Evolution: 4K and AV1 later add ~2x storage per video and a second ladder; keep the rendition table codec-aware and re-encode popular titles first from kept originals' }).wait(0.4);
    s.note({ list: 'risk', text: 'Evolution: live streaming would reuse the CDN and packaging but needs a low-latency ingest path; not the same pipeline' }).wait(0.4);
    return s.end();
  },
};

export const sessions: readonly CalibrationSource[] = [staff];
