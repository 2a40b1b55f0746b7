// `npm test`: lint, type-check and build, then vitest and Playwright, ending with one
// line that adds both suites up. A failed lint, type-check or build counts as a failure.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const failedSteps = [];
let passed = 0;
let failed = 0;
let skipped = 0;

function step(name, command, args) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) failedSteps.push(name);
  return result.status === 0;
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

step('lint', 'npx', ['eslint', '.']);
step('typecheck', 'npm', ['run', '--silent', 'typecheck']);
const built = step('build', 'npm', ['run', '--silent', 'build']);

step('unit tests', 'npx', ['vitest', 'run']);
const vitest = readJson('test-results/vitest.json');
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  skipped += vitest.numPendingTests + (vitest.numTodoTests ?? 0);
}

if (built) {
  step('end-to-end tests', 'npx', ['playwright', 'test']);
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
