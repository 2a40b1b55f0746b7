import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openApp, screenshot, shippedPrompts, test } from '../fixtures';

async function openPlans(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Plans' }).click();
  await expect(page).toHaveURL(/#\/plans/);
  await expect(page.getByRole('heading', { level: 1, name: 'Plans' })).toBeVisible();
}

const planList = (page: Page) => page.getByRole('navigation', { name: 'Plans' });
const minutes = (page: Page, n: number) => page.getByRole('spinbutton', { name: `Phase ${n} minutes` });

test('a duplicated plan is validated as it is edited, saved, kept across a reload, and offered on the prompt screen', async ({ page, host }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ colorScheme: 'light' });
  await host.start();
  await openApp(page, host);
  await openPlans(page);

  // The built-in plans are read only: the first is shown, with a way to copy it.
  await expect(planList(page).getByRole('button', { name: /Eight steps \(default\)/ })).toHaveAttribute('aria-current', 'true');
  await expect(page.getByRole('heading', { level: 2, name: 'Eight steps (default)' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Plan name' })).toHaveCount(0);
  await expect(page.getByText('None yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Duplicate to edit' }).click();

  const name = page.getByRole('textbox', { name: 'Plan name' });
  await expect(name).toHaveValue('Eight steps (default) (copy)');
  // A draft's id is a slug of its name and a short random suffix.
  await expect(page).toHaveURL(/#\/plans\/eight-steps-default-[a-z0-9]{4}$/);
  await expect(page.getByText('45 of 15–120 minutes')).toBeVisible();
  await name.fill('Short drill');

  // Too long: a clear message per problem, and Save stays disabled.
  await minutes(page, 1).fill('160');
  await expect(page.getByText('200 of 15–120 minutes')).toBeVisible();
  const problems = page.locator('.plan-problems');
  await expect(problems).toContainText('The phases add up to 200 minutes; a plan lasts 15 to 120 minutes');
  await expect(problems).toContainText('Phase 1 “Clarify scope”: a phase lasts at most 30 minutes');
  await expect(minutes(page, 1)).toHaveAttribute('aria-invalid', 'true');
  const save = page.getByRole('button', { name: 'Save plan' });
  await expect(save).toBeDisabled();
  await screenshot(page, 'plans-invalid', { fullPage: true });

  // An empty field is named too.
  await minutes(page, 1).fill('');
  await expect(problems).toContainText('Phase 1 “Clarify scope”: a phase lasts at least 1 minute');
  await expect(save).toBeDisabled();

  // Fixed: no messages, Save enabled.
  await minutes(page, 1).fill('6');
  await expect(page.getByText('46 of 15–120 minutes')).toBeVisible();
  await expect(problems).toBeEmpty();
  await expect(save).toBeEnabled();

  // Add a phase, name it, move it up one; remove another.
  await page.getByRole('button', { name: '+ Add phase' }).click();
  await page.getByRole('textbox', { name: 'Phase 9 title' }).fill('Failure drills');
  await minutes(page, 9).fill('4');
  await page.getByRole('button', { name: 'Move “Failure drills” up' }).click();
  await expect(page.getByRole('textbox', { name: 'Phase 8 title' })).toHaveValue('Failure drills');
  await expect(page.getByRole('textbox', { name: 'Phase 9 title' })).toHaveValue('Trade-offs and wrap-up');
  await page.getByRole('button', { name: 'Remove “Bottlenecks”' }).click();
  await expect(page.getByRole('textbox', { name: 'Phase 7 title' })).toHaveValue('Failure drills');
  await expect(page.getByText('45 of 15–120 minutes')).toBeVisible();

  await save.click();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await expect(save).toBeDisabled();
  await expect(planList(page).getByRole('button', { name: /Short drill/ })).toHaveAttribute('aria-current', 'true');
  // Saved for the first time, it takes its id from the name it was given.
  await expect(page).toHaveURL(/#\/plans\/short-drill-[a-z0-9]{4}$/);
  const id = /#\/plans\/(.+)$/.exec(page.url())![1]!;
  const onDisk = JSON.parse(await readFile(join(host.dataDir, 'plans.json'), 'utf8')) as { id: string; name: string }[];
  expect(onDisk.map((p) => [p.id, p.name])).toEqual([[id, 'Short drill']]);
  await screenshot(page, 'plans', { fullPage: true });

  // A reload keeps it.
  await page.reload();
  await expect(name).toHaveValue('Short drill');
  await expect(minutes(page, 1)).toHaveValue('6');
  await expect(page.getByRole('textbox', { name: 'Phase 7 title' })).toHaveValue('Failure drills');
  await expect(planList(page).getByRole('button', { name: /Short drill/ })).toContainText('45 min · 8 phases');

  // It is offered on the prompt screen and runs.
  const prompt = shippedPrompts()[0]!;
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Prompts' }).click();
  await page.locator('a.prompt-card', { hasText: prompt.title }).click();
  const option = page.getByRole('group', { name: 'Plan' }).locator('label', { hasText: 'Short drill' });
  await expect(option).toContainText('45 min');
  await expect(option).toContainText('Clarify scope 6 · Estimate 5');
  await option.click();
  await expect(option.getByRole('radio')).toBeChecked();
  await page.getByRole('button', { name: 'Start practice' }).click();
  await expect(page).toHaveURL(/#\/session\//);
  await expect(page.locator('.session-meta')).toContainText('Short drill');
  await expect(page.getByRole('list', { name: 'Phases' }).getByRole('listitem')).toHaveCount(8);
  await expect(page.getByRole('list', { name: 'Phases' }).getByRole('listitem').nth(6)).toContainText('Failure drills');
  await expect(page.getByRole('timer', { name: /^Time left in/ })).toHaveText('6:00');
});

test('a custom plan can be deleted after confirming; unsaved edits are not thrown away silently', async ({ page, host }) => {
  await host.start();
  await openApp(page, host);
  await openPlans(page);
  await page.getByRole('button', { name: 'New plan' }).click();
  const name = page.getByRole('textbox', { name: 'Plan name' });
  await expect(name).toHaveValue('My plan');
  await expect(page.getByText('45 of 15–120 minutes')).toBeVisible();
  await name.fill('Whiteboard only');
  await page.getByRole('button', { name: 'Save plan' }).click();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();

  // Leaving with unsaved edits asks first.
  await name.fill('Whiteboard only, renamed');
  await planList(page).getByRole('button', { name: /Eight steps/ }).click();
  const discard = page.getByRole('dialog', { name: 'Discard your changes?' });
  await expect(discard).toBeVisible();
  await discard.getByRole('button', { name: 'Keep editing' }).click();
  await expect(name).toHaveValue('Whiteboard only, renamed');
  await page.getByRole('button', { name: 'Discard changes' }).click();
  await expect(name).toHaveValue('Whiteboard only');

  await page.getByRole('button', { name: 'Delete plan' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete “Whiteboard only”?' });
  await confirm.getByRole('button', { name: 'Delete plan' }).click();
  await expect(planList(page).getByRole('button', { name: /Whiteboard only/ })).toHaveCount(0);
  await expect(page.getByText('None yet.')).toBeVisible();
  await page.reload();
  await expect(planList(page).getByRole('button', { name: /Whiteboard only/ })).toHaveCount(0);
});
