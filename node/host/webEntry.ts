import { readLaunchArgs, WEB_USAGE } from './usage';
import { runWebHost } from './web';
import { messageOf } from '../../shared/errors';

const argv = process.argv.slice(2);
const launch = readLaunchArgs(argv, true);
if (launch.kind === 'help') {
  process.stdout.write(WEB_USAGE);
} else if (launch.kind === 'wrong') {
  process.stderr.write(`DesignDrill: ${launch.message}\n\n${WEB_USAGE}`);
  process.exitCode = 2;
} else {
  runWebHost(argv).catch((error: unknown) => {
    console.error(`DesignDrill could not start: ${messageOf(error)}`);
    process.exit(1);
  });
}
