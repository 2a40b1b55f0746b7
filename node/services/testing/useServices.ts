import { afterEach } from 'vitest';
import { createServices, type Services, type ServicesOptions } from '../services';

/**
 * Services for a test, launched on a data folder the way the browser host launches them (the
 * shipped prompts unless `builtinPromptsDir` says otherwise), each closed after the test unless
 * the test closed it first (a quit, before a restart).
 */
export function useServices(): { launch(dataDir: string, options?: Partial<ServicesOptions>): Promise<Services>; close(services: Services): Promise<void> } {
  const opened: Services[] = [];
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((s) => s.close()));
  });
  return {
    async launch(dataDir, options = {}) {
      const services = await createServices({ dataDir, builtinPromptsDir: 'prompts', host: 'web', version: 'test', ...options });
      opened.push(services);
      return services;
    },
    async close(services) {
      const at = opened.indexOf(services);
      if (at >= 0) opened.splice(at, 1);
      await services.close();
    },
  };
}
