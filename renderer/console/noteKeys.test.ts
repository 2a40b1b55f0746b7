import { describe, expect, it } from 'vitest';
import { InterviewerNoteId } from '../../shared/pairing/privateLog';
import { newNoteId, switchTag, tagForKey } from './noteKeys';

const key = (code: string, mods: Partial<{ altKey: boolean; ctrlKey: boolean; metaKey: boolean }> = {}) => ({
  altKey: true,
  ctrlKey: false,
  metaKey: false,
  code,
  ...mods,
});

describe('tagForKey', () => {
  it('maps Alt+1, Alt+2 and Alt+3 to strength, concern and question, whatever the layout types', () => {
    expect([tagForKey(key('Digit1')), tagForKey(key('Digit2')), tagForKey(key('Numpad3'))]).toEqual(['strength', 'concern', 'question']);
  });

  it('leaves other keys to the text box', () => {
    expect(tagForKey(key('Digit1', { altKey: false }))).toBeUndefined();
    expect(tagForKey(key('Digit4'))).toBeUndefined();
    expect(tagForKey(key('Digit1', { ctrlKey: true }))).toBeUndefined();
    expect(tagForKey(key('KeyA'))).toBeUndefined();
  });
});

describe('switchTag', () => {
  it('replaces the chosen tag rather than adding to it, and takes it off when chosen again', () => {
    expect(switchTag(undefined, 'strength')).toBe('strength');
    expect(switchTag('strength', 'concern')).toBe('concern');
    expect(switchTag('concern', 'concern')).toBeUndefined();
  });
});

describe('newNoteId', () => {
  it('makes ids the private log accepts, different from one note to the next', () => {
    const ids = [newNoteId(Date.now()), newNoteId(Date.now()), newNoteId(0, () => 0), newNoteId(Date.now(), () => 0.999999)];
    for (const id of ids) expect(InterviewerNoteId.safeParse(id).success).toBe(true);
    expect(new Set(ids.slice(0, 2)).size).toBe(2);
  });
});
