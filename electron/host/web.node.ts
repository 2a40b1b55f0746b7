import { runWebHost } from './web';

runWebHost(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`DesignDrill could not start: ${(error as Error).message}`);
  process.exit(1);
});
