import { describe, expect, it } from 'vitest';
import type { InterviewerMessage } from '../../shared/session/state';
import { answersByItem } from './answers';

const message = (m: Partial<InterviewerMessage> & Pick<InterviewerMessage, 'kind' | 'text'>): InterviewerMessage => ({ seq: 1, t: 0, phase: 'clarify', ...m });

describe('answersByItem', () => {
  it('files each answer under the question item it answers, in the order given, and leaves the rest out', () => {
    const answers = answersByItem([
      message({ kind: 'answer', text: 'About 100M a day', note: 'q1' }),
      message({ kind: 'hint', text: 'Think about reads', note: 'q1' }),
      message({ kind: 'answer', text: 'Mostly reads', question: 'Read or write heavy?' }),
      message({ kind: 'answer', text: 'Peaks at 5x', note: 'q1' }),
      message({ kind: 'answer', text: 'No, links never expire', note: 'q2' }),
    ]);
    expect([...answers]).toEqual([
      ['q1', ['About 100M a day', 'Peaks at 5x']],
      ['q2', ['No, links never expire']],
    ]);
  });
});
