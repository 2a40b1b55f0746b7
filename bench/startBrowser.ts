import type { Browser } from 'playwright-core';
import { tokenCookieName } from '../node/host/httpGuard';
import { messageOf } from '../shared/errors';
import { CANVAS, offlineContext, Skip, startRig, type WebHost } from './canvasBrowser';
import { median, round } from './stats';

/**
 * Start-up (issue 24): from loading the app's page to a home screen one can use, and to a
 * canvas one can draw on in a new session, each beside the same load of a bare Excalidraw page
 * built with the same tools, in one Chromium, in the same run. Every load is cold (a fresh
 * context: no cache, no service worker) and is timed inside the page from its navigation
 * start, so the figures leave out Playwright's own round trips.
 */
export type StartBrowserResult =
  | {
      /** Median ms from navigation to the home screen's prompt cards, ready to click. */
      startHomeMs: number;
      /** Median ms from navigation to a new session's Excalidraw canvas, ready to draw on. */
      startCanvasMs: number;
      /** Median ms from navigation to the bare Excalidraw page's canvas, ready to draw on. */
      startBareMs: number;
      /** startHomeMs / startBareMs; the goal is 1.2 or less. */
      startHomeRatio: number;
      /** startCanvasMs / startBareMs; the goal is 1.2 or less. */
      startCanvasRatio: number;
      /** Cold loads timed of each page. */
      startRuns: number;
    }
  | { startSkipped: string };

/** The home screen is usable once its prompt cards are there: what a person clicks first. */
const HOME_READY = 'a.prompt-card';
/** A canvas is usable once Excalidraw has laid out its interactive layer: before that a press draws nothing. The same on both pages. */
const CANVAS_READY = CANVAS;

/** This side has no DOM types: the little of the page that `shownAt` reads. */
type PageGlobals = { document: { querySelector(selector: string): { getBoundingClientRect(): { width: number } } | null }; performance: { now(): number } };

/**
 * Runs in the page, on every frame: ms since its navigation start once `selector` is laid out,
 * else false. A function, not a string: the app's Content Security Policy forbids eval.
 */
function shownAt(selector: string): number | false {
  const page = globalThis as unknown as PageGlobals;
  const found = page.document.querySelector(selector);
  return found !== null && found.getBoundingClientRect().width > 0 ? page.performance.now() : false;
}

export async function benchStartBrowser(options: { root: string; tempRoot: string; runs?: number; progress?: (line: string) => void }): Promise<StartBrowserResult> {
  const progress = options.progress ?? (() => {});
  const runs = options.runs ?? 5;
  const cleanups: (() => Promise<unknown>)[] = [];
  try {
    const { bare, host, browser } = await startRig(options, 'start', cleanups);

    const times = { home: [] as number[], canvas: [] as number[], bare: [] as number[] };
    // Each kind of load takes its turn in every round, in a rotating order, so a busy
    // machine or a warming disk cache falls on all three alike.
    const loads = {
      home: () => timeLoad(browser, host, `${host.origin}/`, HOME_READY),
      canvas: async () => timeLoad(browser, host, `${host.origin}/#/session/${await host.newRunningSession()}`, CANVAS_READY),
      bare: () => timeLoad(browser, undefined, `${bare.origin}/`, CANVAS_READY),
    };
    const kinds = ['home', 'canvas', 'bare'] as const;
    for (let run = 0; run < runs; run++) {
      for (let k = 0; k < kinds.length; k++) {
        const kind = kinds[(run + k) % kinds.length]!;
        times[kind].push(await loads[kind]());
      }
    }
    const [home, canvas, bareMs] = [median(times.home), median(times.canvas), median(times.bare)];
    progress(`  home ${round(home, 0)} ms, session canvas ${round(canvas, 0)} ms, bare Excalidraw ${round(bareMs, 0)} ms (medians of ${runs})`);
    return {
      startHomeMs: round(home, 1),
      startCanvasMs: round(canvas, 1),
      startBareMs: round(bareMs, 1),
      startHomeRatio: round(home / bareMs, 3),
      startCanvasRatio: round(canvas / bareMs, 3),
      startRuns: runs,
    };
  } catch (error) {
    if (error instanceof Skip) return { startSkipped: error.message };
    return { startSkipped: `the browser run failed: ${messageOf(error).split('\n')[0]}` };
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
  }
}

/** One cold load of `url`: ms from the page's navigation start until `ready` (a selector) is laid out, read in the page. */
async function timeLoad(browser: Browser, host: WebHost | undefined, url: string, ready: string): Promise<number> {
  const context = await offlineContext(browser);
  try {
    // Signed in as the host's own address would leave it, without the redirect that trades the token.
    if (host) await context.addCookies([{ name: tokenCookieName(Number(new URL(host.origin).port)), value: host.token, url: host.origin }]);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    // Checked on every frame: the figure is at most one frame late.
    const at = await page.waitForFunction(shownAt, ready, { polling: 'raf', timeout: 90_000 });
    return (await at.jsonValue()) as number;
  } finally {
    await context.close();
  }
}
