import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { expect, openApp, SCREENS_DIR, screenPath, startPractice, test } from '../fixtures';

// A real small disk under the data folder (a tmpfs), so the host's own statfs reports it
// nearly full or read-only: no test hook in the app. Needs root and mount; says why it skips otherwise.
function mountSmallDisk(dir: string, options: string): string | undefined {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { stdio: 'pipe' });
    return undefined;
  } catch (error) {
    return `cannot mount a tmpfs here (${((error as { stderr?: Buffer }).stderr?.toString() || (error as Error).message).trim()}): the disk notices are covered by node/services/spaceWatch.test.ts only`;
  }
}

test('a nearly full disk is said at start under its own title, and again while a session is written', async ({ page, host }) => {
  const whyNot = mountSmallDisk(host.dataDir, 'size=100m');
  test.skip(whyNot !== undefined, whyNot);
  try {
    await host.start();
    await openApp(page, host);
    const atStart = page.getByRole('status').filter({ hasText: 'The disk is nearly full' });
    await expect(atStart).toContainText(/Only \d+ MB are free on the disk of the data folder/);
    await expect(page.getByText('A damaged file was set aside')).toHaveCount(0);

    // Once a session writes, the host checks again and says how much is left and what that means.
    await startPractice(page);
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    const running = page.getByRole('status').filter({ hasText: 'The disk is nearly full' });
    await expect(running).toContainText(/Only \d+ MB are left on the disk of the data folder\. This session keeps saving until the disk is full/);
    await expect(running, 'one notice, not the start-up one beside it').toHaveCount(1);
    await mkdir(SCREENS_DIR, { recursive: true });
    await page.screenshot({ path: screenPath('session-low-disk'), fullPage: true });
  } finally {
    // The page leaves before the host stops, or a call it makes meanwhile is logged as refused.
    await page.goto('about:blank');
    await host.stop();
    execFileSync('umount', ['-l', host.dataDir]);
  }
});

test('a read-only data folder is said at start as such, not as a damaged file', async ({ page, host }) => {
  const whyNot = mountSmallDisk(host.dataDir, 'size=1m');
  test.skip(whyNot !== undefined, whyNot);
  try {
    execFileSync('mount', ['-o', 'remount,ro', host.dataDir]);
    await host.start();
    await openApp(page, host);
    const notice = page.getByRole('status').filter({ hasText: 'The data folder is read-only' });
    await expect(notice).toContainText('cannot be written');
    await expect(notice).toContainText('sessions open to be read, but nothing new can be saved');
    await expect(page.getByText('A damaged file was set aside')).toHaveCount(0);
    await mkdir(SCREENS_DIR, { recursive: true });
    await page.screenshot({ path: screenPath('home-read-only-data'), fullPage: true });
  } finally {
    // The page leaves before the host stops, or a call it makes meanwhile is logged as refused.
    await page.goto('about:blank');
    await host.stop();
    execFileSync('umount', ['-l', host.dataDir]);
  }
});
