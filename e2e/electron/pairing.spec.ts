import { chooseRadio, expect, shippedPrompts } from '../fixtures';
import { skipReason, test } from './desktop';

// In the desktop app the interviewer's console is a second window of the same app: the
// candidate's window opens it, and what the interviewer sends there reaches the first window.
// Where Electron cannot run it skips, printing why; the same flow runs in the browser host
// (e2e/web/pairing.spec.ts), and the desktop's role routing is tested in plain Node
// (electron/main/ipc.test.ts, ipcGuard.test.ts, consoleDisplay.test.ts).

test.describe('pairing in the desktop app', () => {
  test.skip(skipReason !== undefined, skipReason);

  test("the candidate's window opens the console window, and the interviewer's hint reaches the candidate", async ({ desktop }) => {
    const window = await desktop.launch();
    const app = desktop.app!;
    const prompt = shippedPrompts().find((p) => p.id === 'url-shortener')!;
    await window.locator('a.prompt-card', { hasText: prompt.title }).click();
    const who = window.getByRole('radiogroup', { name: 'Who is interviewing?' });
    await chooseRadio(who, 'A partner (paired)');
    await window.getByRole('button', { name: 'Start practice' }).click();
    await expect(window).toHaveURL(/#\/session\/s-[0-9a-z-]+$/);
    const id = /#\/session\/(s-[0-9a-z-]+)$/.exec(window.url())![1]!;
    await window.getByRole('button', { name: 'Start', exact: true }).click();

    const [consoleWindow] = await Promise.all([app.waitForEvent('window'), window.getByRole('button', { name: 'Open the partner console' }).click()]);
    desktop.watchWindow(consoleWindow);
    await consoleWindow.waitForLoadState('domcontentloaded');
    expect(consoleWindow.url()).toBe(`app://designdrill/index.html#/console/${id}`);
    await expect(consoleWindow.getByRole('heading', { name: 'Partner console' })).toBeVisible();
    // The console is a window of its own, without the app's navigation.
    await expect(consoleWindow.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
    // It shows the hidden facts, which the candidate's window never does.
    await expect(consoleWindow.getByText(prompt.answers[0]!).first()).toBeVisible();
    await expect(window.getByText(prompt.answers[0]!)).toHaveCount(0);

    const hint = 'Say who uses it before you size anything.';
    await consoleWindow.getByRole('textbox', { name: 'Hint or nudge' }).fill(hint);
    const clicked = Date.now();
    await consoleWindow.getByRole('button', { name: 'Send hint' }).click();
    await expect(window.getByRole('region', { name: 'From your partner' }).getByText(hint).first()).toBeVisible({
      timeout: Math.max(1, 1_000 - (Date.now() - clicked)),
    });

    // Asking again brings the same console forward rather than opening another.
    await window.getByRole('button', { name: 'Open the partner console' }).click();
    await window.waitForTimeout(500);
    expect(app.windows()).toHaveLength(2);
  });
});
