import { projectRoot } from './projectRoot';
import { loadTextModel } from '../node/services/textModel';
import { runBench } from './runBench';

loadTextModel();

// `npm run bench`: one JSON object on stdout, progress on stderr.
runBench({ progress: (line) => process.stderr.write(`${line}\n`), browserRoot: projectRoot(import.meta.url) }).then(
  (result) => process.stdout.write(`${JSON.stringify(result, null, 2)}\n`),
  (error: unknown) => {
    process.stderr.write(`bench failed: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
