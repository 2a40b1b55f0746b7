/* global window, document -- the page.evaluate callbacks below run in the browser */
// Writes the `.excalidraw` fixtures of shared/canvas/fixtures/ with Excalidraw 0.18 itself:
// a throwaway page (scripts/canvas-fixtures/page.mjs, bundled by esbuild into .tmp/) runs
// <Excalidraw> in Chromium, the scenes are built with Excalidraw's own
// `convertToExcalidrawElements` or drawn with the mouse and keyboard, and saved with
// `serializeAsJSON(…, 'local')`, as excalidraw.com's "Save to disk" does. It also checks
// the shape library with Excalidraw's `restoreLibraryItems` and a DesignDrill export with
// `restore`, and fails if any request leaves 127.0.0.1.
//
// Rerun: node scripts/make-canvas-fixtures.mjs   (Chromium: /usr/bin/chromium, or CHROMIUM_PATH)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, '.tmp/canvas-fixtures');
const fixturesDir = join(root, 'shared/canvas/fixtures');
const excalidrawDist = join(root, 'node_modules/@excalidraw/excalidraw/dist/prod');

// 1. The page.
await build({
  entryPoints: [join(root, 'scripts/canvas-fixtures/page.mjs')],
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  outfile: join(outDir, 'page.js'),
  conditions: ['production'],
  define: { 'process.env.NODE_ENV': '"production"', 'process.env.IS_PREACT': '"false"' },
  logLevel: 'warning',
  minify: false,
});
const html = `<!doctype html>
<html><head><meta charset="utf-8"><title>canvas fixtures</title>
<script>window.EXCALIDRAW_ASSET_PATH = location.origin + '/excalidraw/';</script>
<link rel="stylesheet" href="/excalidraw/index.css">
</head><body style="margin:0"><div id="root"></div><script type="module" src="/page.js"></script></body></html>`;

// 2. A server on 127.0.0.1: the page, and Excalidraw's assets (fonts) from node_modules.
const types = { '.js': 'text/javascript', '.css': 'text/css', '.woff2': 'font/woff2', '.json': 'application/json', '.html': 'text/html', '.map': 'application/json' };
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
  if (path === '/') {
    res.writeHead(200, { 'content-type': 'text/html' }).end(html);
    return;
  }
  const file = path.startsWith('/excalidraw/') ? join(excalidrawDist, normalize(path.slice('/excalidraw/'.length))) : join(outDir, normalize(path));
  if (!(file.startsWith(excalidrawDist) || file.startsWith(outDir)) || !existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${server.address().port}`;

// 3. Chromium, with every request checked.
const executablePath = process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
const context = await browser.newContext({ viewport: { width: 1900, height: 1000 } });
const outside = [];
await context.route('**/*', (route) => {
  const url = new URL(route.request().url());
  if (url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1') return route.continue();
  outside.push(url.href);
  return route.abort();
});
const page = await context.newPage();
const pageErrors = [];
page.on('pageerror', (e) => pageErrors.push(e.message));
await page.goto(origin);
await page.waitForFunction(() => window.fixtures !== undefined);
await page.evaluate(() => window.fixtures.ready);
await page.waitForSelector('canvas.interactive');

const problems = [];
const written = [];

// Load the fonts the labels use before anything measures text.
await page.evaluate(async () => {
  const { excalidraw } = window.fixtures;
  const api = await window.fixtures.ready;
  const chars = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -/:~.,()<>=%';
  api.updateScene({ elements: excalidraw.convertToExcalidrawElements([{ type: 'text', x: 0, y: 0, text: chars }]), captureUpdate: excalidraw.CaptureUpdateAction.NEVER });
  await new Promise((r) => setTimeout(r, 300));
  await document.fonts.load(`20px Excalifont`, chars);
  await document.fonts.ready;
});

/** Empties the scene and the undo history between fixtures. */
async function reset() {
  await page.evaluate(async () => {
    const api = await window.fixtures.ready;
    api.updateScene({ elements: [], appState: { selectedElementIds: {} }, captureUpdate: window.fixtures.excalidraw.CaptureUpdateAction.NEVER });
    api.history.clear();
    api.setActiveTool({ type: 'selection' });
  });
}

/** Builds a scene from Excalidraw element skeletons (ids kept) and returns the saved file. */
async function fromSkeletons(skeletons) {
  await reset();
  return page.evaluate(async (skeletons) => {
    const { excalidraw } = window.fixtures;
    const api = await window.fixtures.ready;
    const elements = excalidraw.convertToExcalidrawElements(skeletons, { regenerateIds: false });
    api.updateScene({ elements, captureUpdate: excalidraw.CaptureUpdateAction.IMMEDIATELY });
    await new Promise((r) => setTimeout(r, 200));
    api.scrollToContent(undefined, { fitToViewport: true, viewportZoomFactor: 0.7 });
    return excalidraw.serializeAsJSON(api.getSceneElementsIncludingDeleted(), api.getAppState(), api.getFiles(), 'local');
  }, skeletons);
}

async function save() {
  await page.waitForTimeout(250);
  return page.evaluate(async () => {
    const api = await window.fixtures.ready;
    return window.fixtures.excalidraw.serializeAsJSON(api.getSceneElementsIncludingDeleted(), api.getAppState(), api.getFiles(), 'local');
  });
}

/** Writes a fixture, and a screenshot of it into .tmp/canvas-fixtures/ for a look. */
async function write(name, json) {
  await page.screenshot({ path: join(outDir, `${name}.png`) });
  mkdirSync(fixturesDir, { recursive: true });
  // Excalidraw writes the page's origin as `source`; drop the port so reruns differ only where the scenes do.
  const text = json.replace(`"source": "${origin}"`, '"source": "http://127.0.0.1"');
  writeFileSync(join(fixturesDir, name), text.endsWith('\n') ? text : `${text}\n`);
  written.push(name);
}

const key = (k) => page.keyboard.press(k);
async function drag(from, to, steps = 8) {
  await page.mouse.move(from[0], from[1]);
  await page.mouse.down();
  await page.mouse.move(to[0], to[1], { steps });
  await page.mouse.up();
}
async function typeAndCommit(text) {
  await page.waitForSelector('textarea.excalidraw-wysiwyg', { timeout: 5000 }).catch(async (e) => {
    await page.screenshot({ path: join(outDir, 'failure.png') });
    throw e;
  });
  await page.keyboard.type(text, { delay: 5 });
  await key('Escape');
  await page.waitForSelector('textarea.excalidraw-wysiwyg', { state: 'detached' });
}

/** An arrow skeleton's position from its two ends (Excalidraw binds it, but keeps the geometry given). */
const between = ([x1, y1], [x2, y2]) => ({ x: x1, y: y1, points: [[0, 0], [x2 - x1, y2 - y1]] });

// 4a. The URL shortener: client → load balancer → service → cache and database, all bound.
await write(
  'url-shortener.excalidraw',
  await fromSkeletons([
    { type: 'rectangle', id: 'client', x: 0, y: 200, width: 160, height: 80, label: { text: 'Web client' } },
    { type: 'diamond', id: 'lb', x: 240, y: 180, width: 180, height: 120, label: { text: 'Load balancer' } },
    { type: 'rectangle', id: 'service', x: 500, y: 200, width: 170, height: 80, label: { text: 'URL service' } },
    { type: 'rectangle', id: 'cache', x: 800, y: 60, width: 160, height: 80, backgroundColor: '#ffd8a8', label: { text: 'Redis cache' } },
    { type: 'ellipse', id: 'db', x: 790, y: 320, width: 190, height: 100, backgroundColor: '#ffc9c9', label: { text: 'Postgres DB' } },
    { type: 'arrow', id: 'client-lb', ...between([166, 240], [234, 240]), start: { id: 'client' }, end: { id: 'lb' }, label: { text: 'HTTPS' } },
    { type: 'arrow', id: 'lb-service', ...between([426, 240], [494, 240]), start: { id: 'lb' }, end: { id: 'service' } },
    { type: 'arrow', id: 'service-cache', ...between([676, 220], [794, 100]), start: { id: 'service' }, end: { id: 'cache' }, label: { text: 'read-through' } },
    { type: 'arrow', id: 'service-db', ...between([676, 260], [784, 370]), start: { id: 'service' }, end: { id: 'db' }, label: { text: 'on miss' } },
    { type: 'text', id: 'numbers', x: 0, y: 420, text: '~1.2k writes/s, ~115k reads/s' },
  ]),
);

// 4b. Arrows and a line drawn near shapes but not bound to them; one arrow reaches nothing.
await write(
  'unbound-arrows.excalidraw',
  await fromSkeletons([
    { type: 'rectangle', id: 'app', x: 0, y: 0, width: 160, height: 80, label: { text: 'App server' } },
    { type: 'rectangle', id: 'cache', x: 360, y: 0, width: 160, height: 80, label: { text: 'Cache' } },
    { type: 'ellipse', id: 'mysql', x: 360, y: 220, width: 160, height: 90, label: { text: 'MySQL' } },
    { type: 'rectangle', id: 'worker', x: 0, y: 240, width: 160, height: 80, label: { text: 'Worker' } },
    // app → cache, 15 px and 20 px short of each.
    { type: 'arrow', id: 'near-both', x: 175, y: 40, points: [[0, 0], [165, 0]] },
    // Drawn from the app down to the worker, with its only head at the start: worker → app.
    { type: 'arrow', id: 'reversed', x: 80, y: 95, points: [[0, 0], [0, 130]], startArrowhead: 'arrow', endArrowhead: null },
    // From inside the app to just outside the ellipse.
    { type: 'arrow', id: 'inside-to-near', x: 120, y: 60, points: [[0, 0], [230, 190]] },
    // A plain line from the cache down to the database.
    { type: 'line', id: 'line', x: 440, y: 95, points: [[0, 0], [0, 115]] },
    // Headless arrow between the worker and the database.
    { type: 'arrow', id: 'headless', x: 175, y: 280, points: [[0, 0], [170, -15]], endArrowhead: null },
    // Too far from everything.
    { type: 'arrow', id: 'far', x: 580, y: 40, points: [[0, 0], [200, 0]] },
  ]),
);

// 4c. The awkward cases: unlabelled shapes, a dangling arrow, free text grouped with a shape,
// free text over a shape, a note, a hand-made drum, a box around two services, a text node.
await write(
  'messy.excalidraw',
  await fromSkeletons([
    { type: 'rectangle', id: 'zone', x: -20, y: 400, width: 400, height: 110, strokeStyle: 'dashed' },
    { type: 'rectangle', id: 'unlabelled', x: 0, y: 0, width: 120, height: 70 },
    { type: 'rectangle', id: 'auth', x: 300, y: 0, width: 160, height: 80, label: { text: 'Auth service' } },
    { type: 'arrow', id: 'dangling', x: 460, y: 60, start: { id: 'auth' }, points: [[0, 0], [160, 140]] },
    { type: 'rectangle', id: 'users', x: 0, y: 200, width: 140, height: 80, groupIds: ['users-group'] },
    { type: 'text', id: 'users-caption', x: 0, y: 290, text: 'Users DB (Postgres)', groupIds: ['users-group'] },
    { type: 'rectangle', id: 'events', x: 300, y: 200, width: 160, height: 80 },
    { type: 'text', id: 'events-text', x: 345, y: 228, text: 'Kafka' },
    { type: 'text', id: 'note', x: 620, y: 0, text: 'p99 < 200 ms' },
    { type: 'ellipse', id: 'drum-bottom', x: 700, y: 280, width: 120, height: 30, groupIds: ['drum'] },
    { type: 'rectangle', id: 'drum-body', x: 700, y: 215, width: 120, height: 80, groupIds: ['drum'] },
    { type: 'ellipse', id: 'drum-top', x: 700, y: 200, width: 120, height: 30, groupIds: ['drum'] },
    { type: 'text', id: 'drum-text', x: 712, y: 242, text: 'Cassandra', groupIds: ['drum'] },
    { type: 'rectangle', id: 'service-a', x: 0, y: 420, width: 140, height: 70, label: { text: 'Service A' } },
    { type: 'rectangle', id: 'service-b', x: 220, y: 420, width: 140, height: 70, label: { text: 'Service B' } },
    { type: 'text', id: 'people', x: 40, y: 620, text: 'Users' },
    { type: 'arrow', id: 'people-a', ...between([67, 614], [70, 496]), start: { id: 'people' }, end: { id: 'service-a' } },
    { type: 'arrow', id: 'a-b', ...between([146, 455], [214, 455]), start: { id: 'service-a' }, end: { id: 'service-b' }, label: { text: 'gRPC' } },
  ]),
);

// 4d. Drawn with the mouse and keyboard, as a person would.
await reset();
// Away from the tool properties panel on the left and the library on the right.
await page.mouse.click(1200, 800);
await key('r');
await drag([600, 200], [780, 290]);
await key('Enter');
await typeAndCommit('API server');
await key('o');
await drag([1000, 180], [1160, 300]);
await key('Enter');
await typeAndCommit('Redis');
await key('r');
await drag([600, 430], [780, 510]);
await key('Enter');
await typeAndCommit('Mobile app');
await key('a');
await drag([792, 245], [992, 240]);
await key('Escape');
await page.mouse.dblclick(892, 243);
await typeAndCommit('GET /:code');
await key('a');
await drag([690, 422], [690, 300]);
await key('Escape');
await key('t');
await page.mouse.click(1000, 440);
await typeAndCommit('~40k reads/s');
await key('Escape');
await write('hand-drawn.excalidraw', await save());

// 4e. Our library's shapes, inserted from Excalidraw's library panel, dragged into place and joined by arrows.
await reset();
const libraryPlan = [
  ['Web client', 500, 330],
  ['Mobile client', 500, 560],
  ['DNS', 500, 120],
  ['CDN', 770, 110],
  ['Load balancer', 770, 420],
  ['Service', 1040, 420],
  ['Cache', 1300, 150],
  ['Relational DB', 1300, 360],
  ['Search index', 1300, 580],
  ['Message queue', 1040, 720],
  ['Worker', 770, 760],
  ['Object storage', 520, 820],
];
await page.evaluate(async () => {
  const api = await window.fixtures.ready;
  await api.updateLibrary({ libraryItems: window.fixtures.library.libraryItems, openLibraryMenu: true });
});
const names = await page.evaluate(() => window.fixtures.library.libraryItems.map((i) => i.name));
await page.waitForFunction((n) => document.querySelectorAll('.library-unit__dragger svg').length >= n, names.length);
for (const [name, x, y] of libraryPlan) {
  // Inserting an item closes the library panel, as it does for a person: open it again.
  // (Nothing selected, or the panel offers to add the selection as a new item ahead of ours.)
  await page.evaluate(async () => {
    const api = await window.fixtures.ready;
    api.updateScene({ appState: { selectedElementIds: {}, selectedGroupIds: {} }, captureUpdate: window.fixtures.excalidraw.CaptureUpdateAction.NEVER });
    api.toggleSidebar({ name: 'default', tab: 'library', force: true });
  });
  const units = page.locator('.library-unit__dragger:not(.library-unit__pulse)');
  await page.waitForFunction((n) => document.querySelectorAll('.library-unit__dragger:not(.library-unit__pulse) svg').length >= n, names.length);
  if ((await units.count()) !== names.length) problems.push(`library panel shows ${await units.count()} items, not ${names.length}`);
  await units.nth(names.indexOf(name)).click();
  await page.waitForTimeout(150);
  // The item lands in the middle of the canvas, selected: drag it to its place.
  const centre = await page.evaluate(async () => {
    const api = await window.fixtures.ready;
    const selected = api.getSceneElements().filter((e) => api.getAppState().selectedElementIds[e.id]);
    const xs = selected.flatMap((e) => [e.x, e.x + e.width]);
    const ys = selected.flatMap((e) => [e.y, e.y + e.height]);
    const { scrollX, scrollY, zoom } = api.getAppState();
    return [((Math.min(...xs) + Math.max(...xs)) / 2 + scrollX) * zoom.value, ((Math.min(...ys) + Math.max(...ys)) / 2 + scrollY) * zoom.value];
  });
  await drag(centre, [x, y], 10);
  await key('Escape');
}
await page.mouse.click(1450, 950);

/** Each placed item's labelled shape, in viewport coordinates. */
const boxes = await page.evaluate(async () => {
  const api = await window.fixtures.ready;
  const elements = api.getSceneElements();
  const { scrollX, scrollY, zoom } = api.getAppState();
  const out = {};
  for (const text of elements.filter((e) => e.type === 'text' && e.containerId)) {
    const c = elements.find((e) => e.id === text.containerId);
    out[text.originalText] = { x: (c.x + scrollX) * zoom.value, y: (c.y + scrollY) * zoom.value, width: c.width * zoom.value, height: c.height * zoom.value };
  }
  return out;
});
const arrows = [
  ['Web client', 'Load balancer'],
  ['Mobile client', 'Load balancer'],
  ['Web client', 'DNS'],
  ['Web client', 'CDN'],
  ['Load balancer', 'Service'],
  ['Service', 'Cache'],
  ['Service', 'Relational DB'],
  ['Service', 'Search index'],
  ['Service', 'Message queue'],
  ['Message queue', 'Worker'],
  ['Worker', 'Object storage'],
];
const labelOf = (name) => Object.keys(boxes).find((k) => k === name || k.replace(/\s+/g, ' ') === name);
for (const [a, b] of arrows) {
  const from = boxes[labelOf(a)];
  const to = boxes[labelOf(b)];
  if (!from || !to) {
    problems.push(`library scene: no ${!from ? a : b} to draw an arrow from or to`);
    continue;
  }
  const [p, q] = facingPoints(from, to);
  await key('a');
  await drag(p, q, 12);
  await key('Escape');
}
await write('library-shapes.excalidraw', await save());

/** Points just outside the sides of two boxes that face each other. */
function facingPoints(a, b) {
  const ca = [a.x + a.width / 2, a.y + a.height / 2];
  const cb = [b.x + b.width / 2, b.y + b.height / 2];
  const dx = cb[0] - ca[0];
  const dy = cb[1] - ca[1];
  const gap = 6;
  if (Math.abs(dx) >= Math.abs(dy)) {
    const s = Math.sign(dx);
    return [
      [ca[0] + s * (a.width / 2 + gap), ca[1]],
      [cb[0] - s * (b.width / 2 + gap), cb[1]],
    ];
  }
  const s = Math.sign(dy);
  return [
    [ca[0], ca[1] + s * (a.height / 2 + gap)],
    [cb[0], cb[1] - s * (b.height / 2 + gap)],
  ];
}

// 5. The library through Excalidraw's restore: nothing dropped, every field we write kept.
const libraryCheck = await page.evaluate(() => {
  const { excalidraw, library } = window.fixtures;
  const restored = excalidraw.restoreLibraryItems(library.libraryItems, 'unpublished');
  const differences = [];
  if (restored.length !== library.libraryItems.length) differences.push(`${restored.length} of ${library.libraryItems.length} items restored`);
  for (const item of library.libraryItems) {
    const back = restored.find((r) => r.id === item.id);
    if (!back) {
      differences.push(`${item.name}: not restored`);
      continue;
    }
    if (back.status !== item.status || back.name !== item.name) differences.push(`${item.name}: status or name changed`);
    if (back.elements.length !== item.elements.length) differences.push(`${item.name}: ${back.elements.length} of ${item.elements.length} elements`);
    for (const element of item.elements) {
      const other = back.elements.find((e) => e.id === element.id);
      if (!other) differences.push(`${item.name}: ${element.id} dropped`);
      // Restore writes [] for a null boundElements; everything else must come back as written.
      else for (const [k, v] of Object.entries(element)) if (JSON.stringify(other[k]) !== JSON.stringify(k === 'boundElements' ? (v ?? []) : v)) differences.push(`${element.id}.${k}: ${JSON.stringify(v)} → ${JSON.stringify(other[k])}`);
    }
  }
  return { differences, json: excalidraw.serializeLibraryAsJSON(restored) };
});
problems.push(...libraryCheck.differences.map((d) => `library restore: ${d}`));
await write('system-design.excalidrawlib', libraryCheck.json);

// 6. A DesignDrill export of each scene, through Excalidraw's restore: every element back, bindings intact.
for (const name of written.filter((n) => n.endsWith('.excalidraw'))) {
  const text = readFileSync(join(fixturesDir, name), 'utf8');
  const result = await page.evaluate((text) => {
    const { excalidraw, designdrill } = window.fixtures;
    const scene = JSON.parse(text);
    const canvas = designdrill.applyDelta(designdrill.emptyCanvas(), { added: scene.elements, changed: [], deleted: [], files: [] }, 'design');
    const file = JSON.parse(JSON.stringify(designdrill.toExcalidrawFile(canvas, { theme: 'dark' })));
    // Excalidraw normalises a few fields on restore (boundElements: null → []); compare with its own file restored.
    const restored = excalidraw.restore(file, null, null, { repairBindings: true });
    const baseline = excalidraw.restore(scene, null, null, { repairBindings: true });
    const issues = [];
    if (restored.elements.length !== baseline.elements.length) issues.push(`${restored.elements.length} of ${baseline.elements.length} elements`);
    for (const e of baseline.elements) {
      const r = restored.elements.find((x) => x.id === e.id);
      if (!r) issues.push(`${e.id} missing`);
      else {
        for (const k of new Set([...Object.keys(e), ...Object.keys(r)]))
          if (k !== 'customData' && k !== 'updated' && JSON.stringify(r[k]) !== JSON.stringify(e[k])) issues.push(`${e.id}.${k}: ${JSON.stringify(e[k])} → ${JSON.stringify(r[k])}`);
        if (r.customData?.designdrillPhase !== 'design') issues.push(`${e.id} lost its phase`);
      }
    }
    return issues;
  }, text);
  problems.push(...result.map((i) => `export of ${name}: ${i}`));
}

// 7. How good the library's text-width estimate is (draw.ts estimateTextWidth).
const widths = await page.evaluate(() => {
  const canvas = document.createElement('canvas').getContext('2d');
  const out = [];
  for (const item of window.fixtures.library.libraryItems)
    for (const t of item.elements.filter((e) => e.type === 'text')) {
      canvas.font = `${t.fontSize}px Excalifont, Xiaolai, Segoe UI Emoji`;
      const measured = Math.max(...t.text.split('\n').map((l) => canvas.measureText(l).width));
      out.push({ text: t.originalText, estimated: Math.round(t.width), measured: Math.round(measured) });
    }
  return out;
});
console.log('library label widths (estimated vs measured):');
for (const w of widths) console.log(`  ${w.text.padEnd(16)} ${String(w.estimated).padStart(4)} ${String(w.measured).padStart(4)}`);

await browser.close();
server.close();

problems.push(...pageErrors.map((e) => `page error: ${e}`));
problems.push(...outside.map((u) => `request left 127.0.0.1: ${u}`));
console.log(`wrote ${written.map((n) => `shared/canvas/fixtures/${n}`).join(', ')}`);
if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('library restored by Excalidraw unchanged; exports restore with bindings intact; no request left 127.0.0.1');
