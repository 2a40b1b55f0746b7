import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { CanvasElement } from '../../shared/canvas/element';
import { arrow, box } from '../../shared/rubric/testing/builder';
import { bridge, expect, openApp, screenPath, SCREENS_DIR, test } from '../fixtures';

// A finished session written through the bridge (notes, a pad line with its conclusion, a
// small diagram), exported from its report as a design document: the .zip the page
// downloads holds the Markdown and the diagram drawn as SVG and PNG with local fonts.

const REQUIREMENT = 'Turn a long URL into a short | 7-character code';
const QUALITY = 'Redirects answer within 50 ms at p99';
const PAD_LINE = 'writes = 10M/day';
const CONCLUSION = 'Writes are tiny next to reads, so the read path gets a cache';
const TRADEOFF = { chose: 'A key-value store', gaveUp: 'Joins and ad-hoc queries', because: 'Every read is a lookup by code' };
const API = { x: 0, y: 0, id: 'api' };
const STORE = { x: 320, y: 0, id: 'store' };

/** The builder's shapes with the text settings Excalidraw itself always writes (font, size, alignment). */
function drawn(elements: CanvasElement[]): CanvasElement[] {
  const text = { fontSize: 20, fontFamily: 5, lineHeight: 1.25, textAlign: 'center', verticalAlign: 'middle', strokeColor: '#1e1e1e' };
  return elements.map((e) => (e.type === 'text' ? { ...e, ...text } : e));
}

test('the report exports the session as a design document: Markdown with the diagram as SVG and PNG beside it', async ({ page, host }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ colorScheme: 'light' });
  await host.start();
  await openApp(page, host);

  const { id } = await bridge<{ id: string }>(page, 'session.create', { promptId: 'url-shortener', planId: 'eight-steps', level: 'senior' });
  const send = (command: unknown) => bridge(page, 'session.append', { id, command });
  await send({ type: 'start' });
  await send({ type: 'note.add', id: 'req-1', index: 0, body: { list: 'functional', text: REQUIREMENT } });
  await send({ type: 'note.add', id: 'nfr-1', index: 0, body: { list: 'non-functional', text: QUALITY, quality: 'latency' } });
  await send({ type: 'next' });
  await send({ type: 'scratchpad', pad: { lines: [{ id: 'l1', text: PAD_LINE, tag: 'write-qps' }], conclusions: [{ id: 'c1', text: CONCLUSION, lineIds: ['l1'] }] } });
  await send({ type: 'next' });
  await send({ type: 'note.add', id: 'op-1', index: 0, body: { list: 'operation', signature: 'GET /{code} -> 302', purpose: 'Redirect a visitor', main: true } });
  await send({ type: 'canvas', delta: { added: drawn([...box(API.id, 'API server', API.x, API.y), ...box(STORE.id, 'Key-value store', STORE.x, STORE.y), arrow('a1', API, STORE)]) } });
  await send({ type: 'note.add', id: 'to-1', index: 0, body: { list: 'tradeoff', ...TRADEOFF } });
  await send({ type: 'end' });

  // The ended session offers it too.
  await page.goto(`${host.origin}/#/session/${id}`);
  await expect(page.locator('.ended-card').getByRole('button', { name: 'Export design doc' })).toBeVisible();

  await page.goto(`${host.origin}/#/session/${id}/report`);
  await expect(page.getByRole('heading', { level: 1, name: 'Design a URL Shortener' })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export design doc' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^Design a URL Shortener \d{4}-\d{2}-\d{2}\.zip$/);
  await expect(page.getByRole('status').filter({ hasText: 'Downloaded' })).toContainText(file.suggestedFilename());

  const files = unzipSync(new Uint8Array(await readFile((await file.path())!)));
  const mdName = file.suggestedFilename().replace(/\.zip$/, '.md');
  expect(Object.keys(files).sort()).toEqual(['diagram.png', 'diagram.svg', mdName].sort());

  const md = strFromU8(files[mdName]!);
  expect(md.startsWith('# Design a URL Shortener\n')).toBe(true);
  expect(md).toContain('- Turn a long URL into a short | 7-character code');
  expect(md).toContain(`- **Latency:** ${QUALITY}`);
  expect(md).toContain(`- \`${PAD_LINE}\` → **116 /s** (write QPS)\n  - **Conclusion:** ${CONCLUSION}`);
  expect(md).toContain('| `GET /{code} -> 302` | Redirect a visitor | **yes** |');
  expect(md).toContain(
    `### Decision: ${TRADEOFF.chose}\n\n- **Context (because):** ${TRADEOFF.because}\n- **Decision (chose):** ${TRADEOFF.chose}\n- **Consequences (gave up):** ${TRADEOFF.gaveUp}`,
  );
  expect(md).toContain('![Diagram of the high-level design](diagram.svg)');
  expect(md).toContain('- API server → Key-value store');
  // The candidate's design only: the prompt's reference outline stays out.
  expect(md).not.toContain('code (key, 7 chars)');

  const svg = strFromU8(files['diagram.svg']!);
  expect(svg).toMatch(/^<svg[\s>]/);
  expect(svg).toContain('API server');
  expect(svg).toContain('Key-value store');
  // Fonts are inlined from the app's own copy, never fetched from elsewhere.
  expect(svg).toMatch(/@font-face/);
  expect(svg).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
  const png = files['diagram.png']!;
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

  await mkdir(SCREENS_DIR, { recursive: true });
  await writeFile(screenPath('design-doc-diagram'), png);
  await writeFile(join(SCREENS_DIR, 'design-doc.md'), md);
  await page.screenshot({ path: screenPath('design-doc-report') });
});
