import type { StateCreator } from 'zustand';
import { currentConnection, onConnection, type Connection } from '../bridge/connection';
import type { AppState } from '../store/store';

export type ConnectionSlice = {
  /** Whether the Node side can be reached (renderer/bridge/connection.ts). */
  connection: Connection;
  /** Keeps `connection` current; returns the unsubscribe. */
  followConnection(): () => void;
};

export const createConnectionSlice: StateCreator<AppState, [], [], ConnectionSlice> = (set) => ({
  connection: currentConnection(),
  followConnection() {
    set({ connection: currentConnection() });
    return onConnection((connection) => set({ connection }));
  },
});

export const selectConnection = (s: AppState) => s.connection;
export const selectConnected = (s: AppState) => s.connection.status === 'connected';
