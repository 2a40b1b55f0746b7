import { TRANSCRIPT_SAMPLE_RATE } from '../../../shared/voice/transcript';

/** A canonical PCM WAV header is 44 bytes. */
export const WAV_HEADER_BYTES = 44;

/** A canonical WAV header for `bytes` of mono 16-bit samples at `rate` (the engines' 16 kHz unless told). */
export function wavHeader(bytes: number, rate: number = TRANSCRIPT_SAMPLE_RATE): Buffer {
  const header = Buffer.alloc(WAV_HEADER_BYTES);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + bytes, 4);
  header.write('WAVEfmt ', 8, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(bytes, 40);
  return header;
}
