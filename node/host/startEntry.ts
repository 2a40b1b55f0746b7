import { spawn } from 'node:child_process';
import { APP_VERSION, appRoot } from '../services/appPaths';
import { findElectronBinary, tryDownloadElectron } from './electronBinary';
import { readLaunchArgs, START_USAGE } from './usage';
import { runWebHost } from './web';
import { messageOf } from '../../shared/errors';

/** `npm start`: the Electron window if Electron can run here, else the browser host. */
async function main(argv: readonly string[]): Promise<void> {
  const binary = findElectronBinary() ?? (tryDownloadElectron() ? findElectronBinary() : undefined);
  if (!binary) {
    console.log(`Electron is not available on this machine (its binary could not be downloaded), so DesignDrill ${APP_VERSION} opens in the browser instead:`);
    await runWebHost(argv);
    return;
  }
  // Electron is given the app folder, not main.cjs: it takes the folder it is given as the app's root.
  const child = spawn(binary, [appRoot(import.meta.url), ...argv], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}

if (readLaunchArgs(process.argv.slice(2), false).kind === 'help') {
  process.stdout.write(START_USAGE);
} else {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(`DesignDrill could not start: ${messageOf(error)}`);
    process.exit(1);
  });
}
