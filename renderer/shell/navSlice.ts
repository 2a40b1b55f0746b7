import type { StateCreator } from 'zustand';
import type { AppState } from '../store/store';
import { parseRoute, type Route } from './route';

/** Links change the hash; the store follows it, so back and forward just work. */
export type NavSlice = {
  route: Route;
  syncRouteFromLocation(): void;
};

export const createNavSlice: StateCreator<AppState, [], [], NavSlice> = (set) => ({
  route: parseRoute(window.location.hash),
  syncRouteFromLocation() {
    set({ route: parseRoute(window.location.hash) });
  },
});

export const selectRoute = (s: AppState) => s.route;
