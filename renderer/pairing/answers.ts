import type { InterviewerMessage } from '../../shared/session/state';

/** The partner's answers that name the candidate's question item they answer, by item, in order. */
export function answersByItem(messages: readonly InterviewerMessage[]): ReadonlyMap<string, readonly string[]> {
  const byItem = new Map<string, string[]>();
  for (const m of messages) {
    if (m.kind !== 'answer' || !m.note) continue;
    byItem.set(m.note, [...(byItem.get(m.note) ?? []), m.text]);
  }
  return byItem;
}
