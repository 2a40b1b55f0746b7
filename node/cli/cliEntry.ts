import { loadTextModel } from '../services/textModel';
import { run } from './run';

loadTextModel();

// `designdrill sessions list | head` closes the pipe early; that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`designdrill: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
