import { afterEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../shared/bridge/dispatch';
import { fakeHandlers } from '../../../shared/bridge/testing/fakeHandlers';
import { samplePlan } from '../../../shared/session/testing/samplePlan';
import { createServices, type Services } from '../services';
import { useTempDirs } from '../testing/tempDir';

const tempDir = useTempDirs();
const opened: Services[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
});

async function servicesWithSession(options: { showCue?: Services['handlers']['session.cue'] } = {}) {
  const services = await createServices({ dataDir: await tempDir(), builtinPromptsDir: 'prompts', host: options.showCue ? 'electron' : 'web', version: 'test', ...options });
  opened.push(services);
  await services.handlers['plan.save']({ plan: { ...samplePlan, id: 'cue-test', builtin: false } });
  const { prompts } = await services.handlers['prompt.list']({});
  const { id } = await services.handlers['session.create']({ promptId: prompts[0]!.id, planId: 'cue-test', mode: 'solo', level: 'senior' });
  return { services, id };
}

describe('a phase cue sent to the Node side', () => {
  it('shows nothing in the browser host, where the page gives the cue itself', async () => {
    const { services, id } = await servicesWithSession();
    expect(await services.handlers['session.cue']({ sessionId: id, phaseTitle: 'Clarify', cue: 'thirty-seconds' })).toEqual({ shown: false });
  });

  it('goes to the desktop notification when there is one', async () => {
    const showCue = vi.fn(async () => ({ shown: true }));
    const { services, id } = await servicesWithSession({ showCue });
    const request = { sessionId: id, phaseTitle: 'Clarify', cue: 'time-up' } as const;
    expect(await services.handlers['session.cue'](request)).toEqual({ shown: true });
    expect(showCue).toHaveBeenCalledWith(request);
  });

  it('is refused for a session that does not exist', async () => {
    const showCue = vi.fn(async () => ({ shown: true }));
    const { services } = await servicesWithSession({ showCue });
    await expect(services.handlers['session.cue']({ sessionId: 's-20261122-142501-zzzz', phaseTitle: 'Clarify', cue: 'time-up' })).rejects.toThrow('no session "s-20261122-142501-zzzz"');
    expect(showCue).not.toHaveBeenCalled();
  });

  it('refuses, naming the field, a cue the contract does not know or a title too long to show', async () => {
    const showCue = vi.fn(async () => ({ shown: true }));
    const handlers = fakeHandlers({ 'session.cue': showCue });
    const valid = { sessionId: 's-20261122-142501-a1b2', phaseTitle: 'Clarify', cue: 'time-up' };
    expect(await dispatch(handlers, 'session.cue', { ...valid, cue: 'soon' }, { role: 'candidate' })).toMatchObject({ ok: false, error: { code: 'bad-request', issues: [{ field: 'cue' }] } });
    expect(await dispatch(handlers, 'session.cue', { ...valid, phaseTitle: 'x'.repeat(201) }, { role: 'candidate' })).toMatchObject({ ok: false, error: { code: 'bad-request', issues: [{ field: 'phaseTitle' }] } });
    expect(showCue).not.toHaveBeenCalled();
    expect(await dispatch(handlers, 'session.cue', valid, { role: 'candidate' })).toEqual({ ok: true, value: { shown: true } });
  });
});
