import { describe, expect, it, vi } from 'vitest';

describe('the text model', () => {
  it('is needed before text is read, and the error says where to register it', async () => {
    // A fresh copy of the module, as a window has before its model arrives (the setup file registered the shared one).
    vi.resetModules();
    const fresh = await import('./normalise');
    expect(fresh.hasTextModel()).toBe(false);
    expect(() => fresh.tokens('how many users a day?')).toThrow(/shared\/text\/normalise\.ts: no text model is registered.*loadTextModel/);
    const { default: model } = await import('wink-eng-lite-web-model');
    fresh.registerTextModel(model);
    expect(fresh.tokens('Caching the users').map((t) => t.lemma)).toEqual(['cache', 'the', 'user']);
  });
});
