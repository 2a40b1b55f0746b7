import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CHROMIUM_ARGS, loadChromium, openPage, Skip, startWebHost } from './canvasBrowser';
import { round } from './stats';
import { messageOf } from '../shared/errors';

/**
 * The cost of recording the voice (issue 23): the same running session open in the app for
 * the same time with Chromium's fake microphone playing a spoken script, once without audio
 * and once recording with the voice detector, CPU of the whole app (every browser process and
 * the host that saves the chunks, from /proc) measured over each, and the audio bytes kept.
 */
export type VoiceBrowserResult =
  | {
      /** Seconds each session was measured. */
      voiceSeconds: number;
      /** Share of one core the app (browser and host) used with the session open, no audio. */
      voiceCpuIdle: number;
      /** The same recording the voice with the detector on. */
      voiceCpuRecording: number;
      /** voiceCpuRecording − voiceCpuIdle: the goal is under 0.05 (5% of one core). */
      voiceCpuExtra: number;
      /** Bytes of audio kept per minute recorded: the goal is under 1 MB. */
      voiceBytesPerMinute: number;
      /** Speech segments the detector logged: proof it ran. */
      voiceSpeechSegments: number;
    }
  | { voiceSkipped: string };

const TICKS_PER_SECOND = 100;

/** CPU ticks (user + system) of `pid` and every process under it, from /proc. */
async function treeTicks(pid: number): Promise<number> {
  const parents = new Map<number, number>();
  const ticks = new Map<number, number>();
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = await readFile(`/proc/${name}/stat`, 'utf8').catch(() => '');
    // The command may hold spaces and brackets: fields start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.length < 13) continue;
    parents.set(Number(name), Number(fields[1]));
    ticks.set(Number(name), Number(fields[11]) + Number(fields[12]));
  }
  const inTree = (p: number): boolean => {
    for (let at: number | undefined = p, hops = 0; at !== undefined && at > 1 && hops < 64; at = parents.get(at), hops++) if (at === pid) return true;
    return false;
  };
  let sum = 0;
  for (const [p, t] of ticks) if (inTree(p)) sum += t;
  return sum;
}

export async function benchVoiceBrowser(options: { root: string; tempRoot: string; seconds?: number; progress?: (line: string) => void }): Promise<VoiceBrowserResult> {
  const progress = options.progress ?? (() => {});
  const seconds = options.seconds ?? 60;
  const cleanups: (() => Promise<unknown>)[] = [];
  try {
    if (process.platform !== 'linux') throw new Skip('the browser CPU is read from /proc, which only Linux has');
    const webEntry = join(options.root, 'dist', 'node', 'web.mjs');
    if (!existsSync(webEntry) || !existsSync(join(options.root, 'dist', 'renderer', 'vad'))) throw new Skip('build the app first (npm run build)');
    const { chromium, executablePath } = await loadChromium();
    const work = await mkdtemp(join(options.tempRoot, 'voice-'));
    const wav = join(work, 'script.wav');
    try {
      const raw = join(work, 'raw.wav');
      execFileSync('espeak-ng', ['-m', '-w', raw, '<speak>We shard by the short code. <break time="1500ms"/> Reads go to a cache first, then the store.</speak>']);
      execFileSync('sox', [raw, '-r', '48000', '-c', '1', '-b', '16', wav]);
    } catch {
      throw new Skip('espeak-ng and sox are needed to speak into the fake microphone');
    }
    const host = await startWebHost(webEntry, await mkdtemp(join(options.tempRoot, 'voice-host-')));
    cleanups.push(() => host.stop());
    const browser = await chromium.launch({
      executablePath,
      headless: true,
      args: [...CHROMIUM_ARGS, '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-audio-capture=${wav}`],
    });
    cleanups.push(() => browser.close());
    // The browser and the host are both children of this process: the tree is the whole app.
    const pid = process.pid;

    const measure = async (record: boolean) => {
      const id = await host.newRunningSession();
      // A session logged as recorded records again when opened, as after a crash.
      if (record) await host.call('session.append', { id, command: { type: 'voice.record' } });
      const page = await openPage(browser, host.url);
      await page.goto(`${host.origin}/#/session/${id}`);
      await page.locator('.session-head').waitFor({ timeout: 60_000 });
      // Measured once the page has settled (and, recording, once the detector listens).
      if (record) await page.getByLabel('Talk time').waitFor({ timeout: 60_000 });
      else await page.waitForTimeout(3000);
      const before = await treeTicks(pid);
      await page.waitForTimeout(seconds * 1000);
      const used = (await treeTicks(pid)) - before;
      const { runs } = await host.call<{ runs: { bytes: number }[] }>('audio.list', { id });
      const { events } = await host.call<{ events: { type: string }[] }>('session.events', { id });
      await page.context().close();
      return { cpu: used / TICKS_PER_SECOND / seconds, bytes: runs.reduce((sum, r) => sum + r.bytes, 0), segments: events.filter((e) => e.type === 'speech.heard').length };
    };
    const idle = await measure(false);
    progress(`  no audio: ${round(idle.cpu * 100, 1)}% of a core`);
    const recording = await measure(true);
    progress(`  recording: ${round(recording.cpu * 100, 1)}% of a core, ${recording.bytes} bytes, ${recording.segments} speech segments`);
    return {
      voiceSeconds: seconds,
      voiceCpuIdle: round(idle.cpu, 3),
      voiceCpuRecording: round(recording.cpu, 3),
      voiceCpuExtra: round(recording.cpu - idle.cpu, 3),
      // The recording began a moment before the measured stretch: bytes over that stretch are at most these.
      voiceBytesPerMinute: Math.round((recording.bytes / seconds) * 60),
      voiceSpeechSegments: recording.segments,
    };
  } catch (error) {
    if (error instanceof Skip) return { voiceSkipped: error.message };
    return { voiceSkipped: `the browser run failed: ${messageOf(error).split('\n')[0]}` };
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
  }
}
