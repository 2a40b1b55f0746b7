import { describe, expect, it } from 'vitest';
import { microphoneRefusal } from './microphone';

const named = (name: string) => Object.assign(new Error('x'), { name });

describe('a refused microphone, in one line', () => {
  it('says what to do for each way the browser refuses', () => {
    expect(microphoneRefusal(named('NotAllowedError'))).toMatch(/refused: allow it for this page/);
    expect(microphoneRefusal(named('SecurityError'))).toMatch(/refused/);
    expect(microphoneRefusal(named('NotFoundError'))).toMatch(/No microphone was found/);
    expect(microphoneRefusal(named('NotReadableError'))).toMatch(/in use by another program/);
  });

  it('is one short line every time', () => {
    for (const name of ['NotAllowedError', 'SecurityError', 'NotFoundError', 'OverconstrainedError', 'NotReadableError', 'AbortError']) {
      const line = microphoneRefusal(named(name));
      expect(line).not.toMatch(/\n/);
      expect(line.length).toBeLessThan(160);
    }
  });
});
