import type { AlertThreshold } from '../../shared/session/alerts';

/**
 * A short tone for each time cue, made on the spot with Web Audio: no sound files.
 * Browsers only let a page make sound after a person has interacted with it, so the
 * context is opened (or woken) by `primeChime()` from a click such as Start.
 */
let context: AudioContext | undefined;

function audio(): AudioContext | undefined {
  if (context) return context;
  const Ctor = window.AudioContext as typeof AudioContext | undefined;
  if (!Ctor) return undefined;
  try {
    context = new Ctor();
  } catch {
    return undefined;
  }
  return context;
}

/** Call from a click: opens the audio context so later cues may sound. */
export function primeChime(): void {
  const ctx = audio();
  if (ctx?.state === 'suspended') void ctx.resume().catch(() => {});
}

/** Notes (Hz) per cue: one for two minutes, two for thirty seconds, a falling three for time up. */
const NOTES: Record<AlertThreshold, number[]> = {
  120_000: [880],
  30_000: [880, 1175],
  0: [1175, 988, 784],
};

const NOTE_S = 0.22;
const GAP_S = 0.06;

export function playChime(threshold: AlertThreshold, volume = 0.18): void {
  const ctx = audio();
  if (!ctx || ctx.state === 'closed') return;
  try {
    const start = ctx.currentTime + 0.02;
    NOTES[threshold].forEach((frequency, i) => {
      const at = start + i * (NOTE_S + GAP_S);
      const oscillator = new OscillatorNode(ctx, { type: 'sine', frequency });
      const gain = new GainNode(ctx, { gain: 0 });
      // A soft attack and an exponential release: a bell, not a beep.
      gain.gain.setValueAtTime(0, at);
      gain.gain.linearRampToValueAtTime(volume, at + 0.015);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + NOTE_S);
      oscillator.connect(gain).connect(ctx.destination);
      oscillator.start(at);
      oscillator.stop(at + NOTE_S + 0.02);
      oscillator.onended = () => gain.disconnect();
    });
  } catch {
    // Sound is a courtesy; the visible cue carries the message.
  }
}
