import { lazy } from 'react';
import { loadExcalidrawCanvas } from '../canvas/loadCanvas';

/**
 * The heavier screens, each in a chunk of its own, fetched the first time it is opened: the
 * start (home, a prompt, the sessions list, settings) then loads and starts in about a third of
 * the script, and the estimation engine, the rubric and the charts come with the screens that
 * use them.
 */
export const SessionScreen = lazy(() => {
  // Its canvas's chunk at the same time, not once the screen has rendered: a new session is usable that much sooner.
  // A failure here shows where the canvas would be (CanvasPane asks again).
  loadExcalidrawCanvas().catch(() => {});
  return import('../session/SessionScreen').then((m) => ({ default: m.SessionScreen }));
});
export const ReportScreen = lazy(() => import('../report/ReportScreen').then((m) => ({ default: m.ReportScreen })));
export const ReplayScreen = lazy(() => import('../replay/ReplayScreen').then((m) => ({ default: m.ReplayScreen })));
export const CompareScreen = lazy(() => import('../compare/CompareScreen').then((m) => ({ default: m.CompareScreen })));
export const ProgressScreen = lazy(() => import('../progress/ProgressScreen').then((m) => ({ default: m.ProgressScreen })));
export const PlansScreen = lazy(() => import('../plans/PlansScreen').then((m) => ({ default: m.PlansScreen })));
export const ConsoleScreen = lazy(() => import('../console/ConsoleScreen').then((m) => ({ default: m.ConsoleScreen })));
