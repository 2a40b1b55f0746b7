// `npm test`: lint, type-check and build, then vitest and Playwright, ending with one
// line that adds both suites up. A failed lint, type-check or build counts as a failure.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const failedSteps = [];
let passed = 0;
let failed = 0;
let skipped = 0;

/**
 * Runs one step. `quiet` keeps its output for the caller to print in one piece (`report`),
 * for a step that runs beside another, so the log stays readable; the others print as they go.
 */
function step(name, command, args, { quiet = false } = {}) {
  const started = Date.now();
  const header = `\n▶ ${name}: ${command} ${args.join(' ')}`;
  if (!quiet) console.log(header);
  const child = spawn(command, args, { stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit', shell: process.platform === 'win32' });
  const output = [];
  if (quiet) {
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
  }
  return new Promise((resolve) => {
    const done = (ok, why = '') => {
      const footer = `◀ ${name}: ${ok ? 'passed' : `failed${why}`} in ${Math.round((Date.now() - started) / 1000)} s`;
      if (!ok) failedSteps.push(name);
      if (!quiet) console.log(footer);
      const report = () => {
        console.log(header);
        process.stdout.write(Buffer.concat(output));
        console.log(footer);
      };
      resolve({ ok, report });
    };
    child.once('error', (error) => done(false, ` (${error.message})`));
    child.once('close', (code, signal) => done(code === 0, code === 0 ? '' : ` (${signal ?? `exit ${code}`})`));
  });
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

rmSync('test-results/vitest.json', { force: true });
rmSync('test-results/playwright.json', { force: true });

// Lint and type-check read the sources only, each on one core: they run beside the build and
// the first part of vitest instead of before them (about 40 s of a 2-core run).
const checks = (async () => [
  await step('lint', 'npx', ['eslint', '.'], { quiet: true }),
  await step('typecheck', 'npm', ['run', '--silent', 'typecheck'], { quiet: true }),
])();

// vitest starts the built host and command line (dist/), so it comes after the build.
const { ok: built } = await step('build', 'npm', ['run', '--silent', 'build']);

await step('unit tests', 'npx', ['vitest', 'run']);
const vitest = readJson('test-results/vitest.json');
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  skipped += vitest.numPendingTests + (vitest.numTodoTests ?? 0);
}
// Their output, once both are done. Playwright's expect timeouts are short: it gets the machine to itself.
for (const { report } of await checks) report();

if (built) {
  await step('end-to-end tests', 'npx', ['playwright', 'test']);
  const playwright = readJson('test-results/playwright.json');
  if (playwright) {
    passed += playwright.stats.expected + playwright.stats.flaky;
    failed += playwright.stats.unexpected;
    skipped += playwright.stats.skipped;
  } else if (!existsSync('playwright.config.ts')) {
    failedSteps.push('end-to-end tests (no playwright.config.ts)');
  }
}

// A step that failed without reporting any test (lint, a crashed runner) still counts once.
for (const name of failedSteps) {
  const reported = (name === 'unit tests' && vitest?.numFailedTests > 0) || (name === 'end-to-end tests' && failed > (vitest?.numFailedTests ?? 0));
  if (!reported) failed += 1;
}

console.log(failedSteps.length ? `\nFailed: ${failedSteps.join(', ')}` : '\nAll steps passed.');
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
