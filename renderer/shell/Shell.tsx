import { Suspense, useEffect } from 'react';
import iconUrl from '../../build/icon.svg';
import { HomeScreen } from '../home/HomeScreen';
import { PromptScreen } from '../prompt/PromptScreen';
import { SessionsScreen } from '../sessions/SessionsScreen';
import { SettingsScreen } from '../settings/SettingsScreen';
import { useAppliedTheme } from '../settings/useAppliedTheme';
import { useAppStore } from '../store/store';
import { ConnectionNotice } from './ConnectionNotice';
import { selectRoute } from './navSlice';
import { routeHash, type Route } from './route';
import { CompareScreen, ConsoleScreen, PlansScreen, ProgressScreen, ReplayScreen, ReportScreen, SessionScreen } from './screens';
import { StartupNotices } from './StartupNotices';

const NAV: { label: string; route: Route; section: Route['name'][] }[] = [
  { label: 'Prompts', route: { name: 'home' }, section: ['home', 'prompt'] },
  { label: 'Sessions', route: { name: 'sessions' }, section: ['sessions', 'session', 'report', 'replay'] },
  { label: 'Progress', route: { name: 'progress' }, section: ['progress', 'compare'] },
  { label: 'Plans', route: { name: 'plans' }, section: ['plans'] },
  { label: 'Settings', route: { name: 'settings' }, section: ['settings'] },
];

export function Shell() {
  const route = useAppStore(selectRoute);
  // The partner's console is a window of its own: no nav, and none of the candidate's lists to load.
  if (route.name === 'console' || route.name === 'consoleReport') return <ConsoleShell id={route.id} report={route.name === 'consoleReport'} />;
  return <AppShell route={route} />;
}

function ConsoleShell({ id, report }: { id: string; report: boolean }) {
  useAppliedTheme();
  useEffect(() => {
    const { syncRouteFromLocation, loadSettings, followSettings, followConnection } = useAppStore.getState();
    window.addEventListener('hashchange', syncRouteFromLocation);
    void loadSettings();
    const unfollowConnection = followConnection();
    const unfollowSettings = followSettings();
    return () => {
      window.removeEventListener('hashchange', syncRouteFromLocation);
      unfollowConnection();
      unfollowSettings();
    };
  }, []);
  return (
    <main className={report ? 'console-main console-report' : 'console-main'}>
      <ConnectionNotice />
      <Suspense fallback={<ScreenLoading />}>{report ? <ReportScreen id={id} viewer="interviewer" /> : <ConsoleScreen id={id} />}</Suspense>
    </main>
  );
}

/** The routes the app's own window shows; the console's are in ConsoleShell. */
type AppRoute = Exclude<Route, { name: 'console' | 'consoleReport' }>;

function AppShell({ route }: { route: AppRoute }) {
  useAppliedTheme();

  useEffect(() => {
    const { syncRouteFromLocation, loadAppInfo, loadSettings, followSettings, followSessions, followConnection, loadSessionList, followSessionList } = useAppStore.getState();
    window.addEventListener('hashchange', syncRouteFromLocation);
    const unfollowConnection = followConnection();
    void loadAppInfo();
    void loadSettings();
    // On launch: an unfinished session is offered for resume on the home screen. Rows pushed
    // after this listing (checked or scored behind it) are taken whichever screen is shown.
    const unfollowList = followSessionList();
    void loadSessionList();
    const unfollowSettings = followSettings();
    const unfollowSessions = followSessions();
    return () => {
      window.removeEventListener('hashchange', syncRouteFromLocation);
      unfollowConnection();
      unfollowSettings();
      unfollowSessions();
      unfollowList();
    };
  }, []);

  return (
    <div className="shell">
      <header className="shell-header">
        <a className="brand" href={routeHash({ name: 'home' })}>
          <img src={iconUrl} alt="" width={28} height={28} />
          <span>DesignDrill</span>
        </a>
        <nav aria-label="Main">
          <ul className="nav">
            {NAV.map((item) => (
              <li key={item.label}>
                <a href={routeHash(item.route)} aria-current={item.section.includes(route.name) ? 'page' : undefined}>
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main className="shell-main">
        <ConnectionNotice />
        <StartupNotices />
        <Suspense fallback={<ScreenLoading />}>
          <Screen route={route} />
        </Suspense>
      </main>
    </div>
  );
}

/** The screen for `route`; a route added to Route and not handled here fails type-checking. */
function Screen({ route }: { route: AppRoute }) {
  switch (route.name) {
    case 'home':
      return <HomeScreen />;
    case 'prompt':
      return <PromptScreen id={route.id} />;
    case 'session':
      return <SessionScreen id={route.id} />;
    case 'report':
      return <ReportScreen id={route.id} />;
    case 'replay':
      return <ReplayScreen id={route.id} />;
    case 'sessions':
      return <SessionsScreen />;
    case 'progress':
      return <ProgressScreen />;
    case 'compare':
      return <CompareScreen a={route.a} b={route.b} />;
    case 'plans':
      return <PlansScreen selectedId={route.id} />;
    case 'settings':
      return <SettingsScreen />;
    default:
      return unhandled(route);
  }
}

function unhandled(route: never): never {
  throw new Error(`no screen for the route ${JSON.stringify(route)}`);
}

/** While a screen's chunk arrives (a moment, from this machine): said, not a blank page. */
function ScreenLoading() {
  return (
    <p className="muted" role="status">
      Opening…
    </p>
  );
}
