/// <reference lib="webworker" />
import * as ort from 'onnxruntime-web/wasm';
import { SileroLegacy } from '@ricky0123/vad-web/dist/models';

/**
 * The voice detector's model, off the window's thread: Silero (legacy, 96 ms frames at 16 kHz)
 * in onnxruntime-web's WebAssembly. Frames come in order with their session time and go back
 * as the probability of speech; a busy machine makes the answers late, never wrong in time.
 */
type In = { type: 'load'; assets: string } | { type: 'frame'; t: number; frame: Float32Array } | { type: 'reset' };
export type SpeechWorkerOut = { type: 'ready' } | { type: 'failed'; message: string } | { type: 'heard'; t: number; probability: number };

const scope = self as unknown as DedicatedWorkerGlobalScope;
let model: Awaited<ReturnType<typeof SileroLegacy.new>> | undefined;
let queue: Promise<void> = Promise.resolve();
const post = (message: SpeechWorkerOut) => scope.postMessage(message);

scope.onmessage = (event: MessageEvent<In>) => {
  const message = event.data;
  queue = queue.then(async () => {
    try {
      if (message.type === 'load') {
        // One thread: the page is not cross-origin isolated, and ten frames a second need no more.
        ort.env.wasm.numThreads = 1;
        ort.env.logLevel = 'error';
        const bytes = await (await fetch(`${message.assets}silero_vad_legacy.onnx`)).arrayBuffer();
        model = await SileroLegacy.new(ort, () => Promise.resolve(bytes));
        post({ type: 'ready' });
      } else if (message.type === 'reset') {
        model?.reset_state();
      } else if (model) {
        const { isSpeech } = await model.process(message.frame);
        post({ type: 'heard', t: message.t, probability: isSpeech });
      }
    } catch (error) {
      post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  });
};
