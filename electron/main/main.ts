import { join } from 'node:path';
import { BrowserWindow, Menu, Notification, app, dialog, ipcMain, nativeTheme, powerMonitor, protocol, screen, session } from 'electron';
import { resolveDataDir } from '../../node/services/dataDir';
import { appPaths } from '../../node/services/appPaths';
import { createSaveExport } from '../../node/services/exportFile';
import { createServices, type Services } from '../../node/services/services';
import { createNetworkInvites } from '../../node/host/networkPairing/invites';
import { APP_ORIGIN, APP_SCHEME } from './appProtocol';
import { createConsoleWindows } from './consoleWindow';
import { createCueNotifier } from './cueNotification';
import { askWhereToSave } from './exportDialog';
import { hardenWebContents, restrictPermissions } from './harden';
import { registerIpc } from './ipc';
import { serveRenderer } from './serveApp';
import { windowOptions } from './windowOptions';
import { createWindowRoles, type WindowRoles } from './windowRoles';
import { fitToDisplays, loadWindowBounds, saveWindowBounds, type WindowBounds } from './windowState';
import { messageOf } from '../../shared/errors';

const log = (line: string) => console.log(`[main] ${line}`);

// Must run before 'ready': the app scheme behaves like https (secure, fetch, storage).
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
]);

const dataDir = resolveDataDir({ argv: process.argv, fallback: app.getPath('userData') });
app.setPath('userData', dataDir);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, log));
  app.whenReady().then(start, (error: unknown) => {
    console.error(`DesignDrill could not start: ${messageOf(error)}`);
    app.exit(1);
  });
}

async function start(): Promise<void> {
  const paths = appPaths(app.getAppPath());
  restrictPermissions(session.defaultSession);
  serveRenderer(protocol, paths.renderer);
  Menu.setApplicationMenu(process.platform === 'darwin' ? Menu.buildFromTemplate([{ role: 'appMenu' }, { role: 'editMenu' }, { role: 'windowMenu' }]) : null);

  const preload = join(__dirname, 'preload.cjs');
  const roles = createWindowRoles();
  const openConsole = createConsoleWindows({
    BrowserWindow,
    screen,
    roles,
    preload,
    candidateWindow: () => BrowserWindow.getAllWindows().find((w) => roles.roleOf(w.webContents.id) === 'candidate'),
    dark: async () => isDark((await services.handlers['settings.get']({})).theme),
  });
  // The partner on another machine gets the same console over HTTPS, from the same built page (issue 25).
  const invites = createNetworkInvites({ staticDir: paths.renderer, log });
  const services: Services = await createServices({
    dataDir,
    // Packaged, the prompts sit beside the archive (resources/prompts), where the command line reads them too.
    builtinPromptsDir: app.isPackaged ? join(process.resourcesPath, 'prompts') : paths.prompts,
    host: 'electron',
    version: app.getVersion(),
    log,
    openConsole,
    invites: invites.control,
    showCue: createCueNotifier(Notification, { focused: () => BrowserWindow.getFocusedWindow(), all: () => BrowserWindow.getAllWindows() }),
    // Session bundles and design documents: the same dialog, asked by their services.
    askWhereToSave: (question) => askWhereToSave(dialog, BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0], question),
    ...(documentsDir() ? { saveDir: documentsDir() } : {}),
    // Exports go where the person says, through the native save dialog of the window in use.
    saveExport: createSaveExport({
      defaultDir: documentsDir(),
      ask: (question) => askWhereToSave(dialog, BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0], question),
      sessionOf: async (id) => {
        const { state } = await services.handlers['session.open']({ id });
        return { title: state.prompt.title, createdAt: state.createdAt };
      },
    }),
  });
  invites.attach(services);
  for (const notice of services.notices) log(`warning: ${notice.text}`);
  registerIpc(ipcMain, services, () => BrowserWindow.getAllWindows(), roles, log);
  powerMonitor.on('suspend', () => void services.suspend().catch((error: unknown) => log(`could not pause for sleep: ${messageOf(error)}`)));
  let closing = false;
  app.on('before-quit', (event) => {
    if (closing) return;
    // Hold the quit until every session log is on disk.
    event.preventDefault();
    closing = true;
    void Promise.all([invites.closeAll(), services.close()]).finally(() => app.quit());
  });

  const main = await openMainWindow(services, roles, preload);
  app.on('second-instance', () => {
    if (main.isMinimized()) main.restore();
    main.focus();
  });
  app.on('window-all-closed', () => app.quit());
  // A console left open alone would have no candidate to follow, and nothing to reopen one with.
  main.on('closed', () => app.quit());
}

function isDark(theme: 'system' | 'light' | 'dark'): boolean {
  return theme === 'dark' || (theme === 'system' && nativeTheme.shouldUseDarkColors);
}

function documentsDir(): string | undefined {
  try {
    return app.getPath('documents');
  } catch {
    return undefined;
  }
}

async function openMainWindow(services: Services, roles: WindowRoles, preload: string): Promise<BrowserWindow> {
  const loaded = await loadWindowBounds(dataDir);
  if (loaded.notice) log(`warning: ${loaded.notice}`);
  const bounds = fitToDisplays(loaded.bounds, screen.getAllDisplays().map((d) => d.workArea));
  const { theme } = await services.handlers['settings.get']({});
  const win = new BrowserWindow(windowOptions(bounds, preload, isDark(theme)));
  const contentsId = win.webContents.id;
  roles.set(contentsId, 'candidate');
  win.on('closed', () => roles.forget(contentsId));
  if (bounds.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  rememberBounds(win);
  await win.loadURL(`${APP_ORIGIN}/`);
  return win;
}

function rememberBounds(win: BrowserWindow): void {
  let timer: NodeJS.Timeout | undefined;
  const save = () => {
    if (win.isDestroyed() || win.isMinimized()) return;
    const bounds: WindowBounds = { ...win.getNormalBounds(), maximized: win.isMaximized() };
    saveWindowBounds(dataDir, bounds).catch((error: unknown) => log(`could not save the window's place: ${messageOf(error)}`));
  };
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(save, 400);
  };
  win.on('resize', soon);
  win.on('move', soon);
  win.on('maximize', soon);
  win.on('unmaximize', soon);
  win.on('close', () => {
    clearTimeout(timer);
    save();
  });
}
