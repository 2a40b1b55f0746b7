/**
 * The microphone as the browser gives it: permission, the list of inputs and a level to check
 * it by. Nothing here records; see voiceRecorder.ts.
 */

/** Why a microphone could not be opened, in one line a person can act on. */
export function microphoneRefusal(error: unknown): string {
  const name = (error as { name?: string } | undefined)?.name;
  if (name === 'NotAllowedError' || name === 'SecurityError') {
    return 'The microphone was refused: allow it for this page in the browser’s site settings, then turn the switch on again.';
  }
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'No microphone was found: plug one in, or pick another, and try again.';
  if (name === 'NotReadableError') return 'The microphone is in use by another program or cannot be read: close that program and try again.';
  if (typeof navigator === 'undefined' || !navigator.mediaDevices?.getUserMedia) return 'This browser cannot record here: open DesignDrill at its 127.0.0.1 address, or use the desktop app.';
  return `The microphone could not be opened (${(error as Error | undefined)?.message ?? String(error)}).`;
}

/** Opens the chosen microphone (the default one when `deviceId` is absent or gone). */
export async function openMicrophone(deviceId: string | undefined): Promise<MediaStream> {
  const audio: MediaTrackConstraints = { echoCancellation: true, noiseSuppression: true };
  if (deviceId) {
    try {
      return await navigator.mediaDevices.getUserMedia({ audio: { ...audio, deviceId: { exact: deviceId } } });
    } catch (error) {
      // A remembered device that was unplugged: fall back to the default rather than refuse.
      if ((error as { name?: string }).name !== 'OverconstrainedError' && (error as { name?: string }).name !== 'NotFoundError') throw error;
    }
  }
  return navigator.mediaDevices.getUserMedia({ audio });
}

export type Microphone = { deviceId: string; label: string };

/** The audio inputs; their names are only given once the page may use the microphone. */
export async function listMicrophones(): Promise<Microphone[]> {
  const devices = await navigator.mediaDevices.enumerateDevices();
  return devices
    .filter((d) => d.kind === 'audioinput')
    .map((d, i) => ({ deviceId: d.deviceId, label: d.label || `Microphone ${i + 1}` }));
}

/**
 * Calls `onLevel` about twenty times a second with the stream's loudness, 0 to 1 (the RMS of
 * the waveform, scaled so speech at a normal distance fills most of the bar). Returns the stop.
 */
export function watchLevel(stream: MediaStream, onLevel: (level: number) => void): () => void {
  const context = new AudioContext();
  const source = context.createMediaStreamSource(stream);
  const analyser = context.createAnalyser();
  analyser.fftSize = 1024;
  source.connect(analyser);
  const samples = new Float32Array(analyser.fftSize);
  const timer = window.setInterval(() => {
    analyser.getFloatTimeDomainData(samples);
    let sum = 0;
    for (const s of samples) sum += s * s;
    onLevel(Math.min(1, Math.sqrt(sum / samples.length) * 4));
  }, 50);
  return () => {
    window.clearInterval(timer);
    source.disconnect();
    void context.close();
  };
}
