import { afterEach } from 'vitest';
import { createServices, type Services } from '../services';

/**
 * Services launched on a data folder the way the browser host launches them (shipped prompts),
 * each closed after the test unless the test closed it first (a quit, before a restart).
 */
export function useLaunchedServices(): { launch(dataDir: string): Promise<Services>; close(services: Services): Promise<void> } {
  const opened: Services[] = [];
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((s) => s.close()));
  });
  return {
    async launch(dataDir) {
      const services = await createServices({ dataDir, builtinPromptsDir: 'prompts', host: 'web', version: 'test' });
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
