import type { Role } from '../../shared/bridge/roles';

/**
 * Which role each window plays, keyed by its webContents id: the main process records it
 * when it opens the window, so a page cannot claim to be the interviewer's console.
 * A window that is not here (one the app did not open) has no role and is refused.
 */
export type WindowRoles = {
  set(webContentsId: number, role: Role): void;
  forget(webContentsId: number): void;
  roleOf(webContentsId: number): Role | undefined;
};

export function createWindowRoles(): WindowRoles {
  const roles = new Map<number, Role>();
  return {
    set: (id, role) => void roles.set(id, role),
    forget: (id) => void roles.delete(id),
    roleOf: (id) => roles.get(id),
  };
}
