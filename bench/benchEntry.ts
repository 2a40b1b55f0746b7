import { projectRoot } from './projectRoot';
import { loadTextModel } from '../node/services/textModel';
import { runBench } from './runBench';
import { benchVerifyAlone } from './verifyBench';

loadTextModel();

// `npm run bench`: one JSON object on stdout, progress on stderr. `--verify` runs only the
// log-check bench (verifyLog20kMs and the reads beside it), in seconds rather than minutes:
// `node scripts/build-node.mjs --bench && node dist/bench/bench.mjs --verify`.
const run = process.argv.includes('--verify') ? benchVerifyAlone() : runBench({ progress: (line) => process.stderr.write(`${line}\n`), browserRoot: projectRoot(import.meta.url) });
run.then(
  (result) => process.stdout.write(`${JSON.stringify(result, null, 2)}\n`),
  (error: unknown) => {
    process.stderr.write(`bench failed: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
