import { join } from 'node:path';
import type { Handlers } from '../../shared/bridge/contract';
import { BridgeError } from '../../shared/bridge/parse';
import { toBrief, toSummary } from '../../shared/schemas/prompt';
import { createEventHub, type EventHub } from './eventHub';
import { loadPromptLibrary, type PromptLibrary } from './promptLibrary';
import { openSettingsStore } from './settingsStore';

export type ServicesOptions = {
  dataDir: string;
  /** The prompts shipped with the app. */
  builtinPromptsDir: string;
  host: 'electron' | 'web';
  version: string;
};

export type Services = {
  handlers: Handlers;
  events: EventHub;
  /** Problems found while starting (a damaged file set aside, say), for the log and the UI. */
  notices: string[];
};

/** The Node services behind every channel, shared by the Electron main process and the browser host. */
export async function createServices(options: ServicesOptions): Promise<Services> {
  const events = createEventHub();
  const settings = await openSettingsStore(options.dataDir, (s) => events.emit('settings.changed', s));
  const notices = settings.notice ? [settings.notice] : [];
  // Users' own prompts live in the data folder and are read after the built-in ones.
  const promptDirs = [options.builtinPromptsDir, join(options.dataDir, 'prompts')];
  let library: PromptLibrary | undefined;
  const reload = async () => (library = await loadPromptLibrary(promptDirs));

  const handlers: Handlers = {
    'app.info': async () => ({ version: options.version, host: options.host, dataDir: options.dataDir, notices }),
    'prompt.list': async () => {
      const { prompts, problems } = await reload();
      return { prompts: prompts.map(toSummary), problems };
    },
    'prompt.open': async ({ id }) => {
      const prompt = (library ?? (await reload())).prompts.find((p) => p.id === id);
      if (!prompt) throw BridgeError.of('not-found', 'prompt.open', `no prompt with id "${id}"`);
      return toBrief(prompt);
    },
    'settings.get': async () => settings.get(),
    'settings.update': async (patch) => settings.update(patch),
  };
  return { handlers, events, notices };
}
