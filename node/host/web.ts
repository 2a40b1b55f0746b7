import { resolveDataDir } from '../services/dataDir';
import { APP_VERSION, appPaths, appRoot } from '../services/appPaths';
import { portFlag } from '../services/flags';
import { createServices } from '../services/services';
import { createNetworkInvites } from './networkPairing/invites';
import { startHost, type Host } from './server';

/** Starts the browser host over the shared services and prints where to open it. */
export async function runWebHost(argv: readonly string[]): Promise<Host> {
  const paths = appPaths(appRoot(import.meta.url));
  const dataDir = resolveDataDir({ argv });
  const log = (line: string) => console.error(line);
  // The services are made before the host that knows the console's address; they ask it only once a page is open.
  let consoleUrl: (id: string) => string | undefined = () => undefined;
  const openConsole = async (id: string) => {
    const url = consoleUrl(id);
    return url ? { opened: false, url } : { opened: false };
  };
  // Off until the candidate invites a partner from a paired session; each invite has a listener of its own.
  const invites = createNetworkInvites({ staticDir: paths.renderer, log });
  const services = await createServices({ dataDir, builtinPromptsDir: paths.prompts, host: 'web', version: APP_VERSION, log, openConsole, invites: invites.control });
  invites.attach(services);
  for (const notice of services.notices) console.warn(`warning: ${notice.text}`);
  const host = await startHost({ services, staticDir: paths.renderer, port: portFlag(argv), log });
  consoleUrl = host.consoleUrl;
  console.log(`DesignDrill is running at ${host.url}`);
  console.log(`Data folder: ${dataDir}`);
  const stop = () => void Promise.all([invites.closeAll(), host.close(), services.close()]).finally(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return host;
}
