import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumArgs, executablePath } from '../chromium';
import { ROOT } from '../fixtures';
import { messageOf } from '../../shared/errors';

/**
 * The fake microphone's speech for the voice specs: espeak-ng speaks a fixed script with
 * pauses between the sentences, and Chromium plays the WAV as the microphone.
 */
export const WAV = join(ROOT, 'test-results', 'voice', 'script.wav');
export const SCRIPT =
  'First, who uses this and how much? <break time="1200ms"/> ' +
  'Say a hundred million new links a month, and reads far ahead of writes. <break time="1500ms"/> ' +
  'So the read path gets a cache, and the codes come from a counter split into ranges.';

/** The spoken script as a 48 kHz mono WAV (espeak-ng then sox): made once, before the browser starts. */
function speakScript(): string | undefined {
  if (existsSync(WAV)) return undefined;
  try {
    mkdirSync(join(ROOT, 'test-results', 'voice'), { recursive: true });
    const raw = `${WAV}.raw.wav`;
    execFileSync('espeak-ng', ['-m', '-s', '150', '-w', raw, `<speak>${SCRIPT}</speak>`]);
    execFileSync('sox', [raw, '-r', '48000', '-c', '1', '-b', '16', WAV]);
    return undefined;
  } catch (error) {
    return `espeak-ng and sox are needed to make the fake microphone's speech (apt-get install espeak-ng sox): ${messageOf(error)}`;
  }
}
/** Why the speech could not be made, or undefined when it was. */
export const cannotSpeak = speakScript();
// Said once here, so a run that skips the voice specs says why in its log, not only in the report.
if (cannotSpeak) console.log(`voice specs: skipped, ${cannotSpeak}`);

/** Chromium with the fake microphone playing the script. */
export const fakeMicrophone = {
  launchOptions: {
    executablePath,
    args: [
      ...chromiumArgs,
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-audio-capture=${WAV}`,
      '--autoplay-policy=no-user-gesture-required',
    ],
  },
};

