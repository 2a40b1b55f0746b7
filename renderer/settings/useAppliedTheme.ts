import { useEffect, useSyncExternalStore } from 'react';
import { useAppStore } from '../store/store';
import { selectThemeChoice } from './settingsSlice';

const darkQuery = () => window.matchMedia('(prefers-color-scheme: dark)');

function subscribeToSystemTheme(onChange: () => void): () => void {
  const query = darkQuery();
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** Puts the chosen theme on <html>, following the system live when asked to. */
export function useAppliedTheme(): 'light' | 'dark' {
  const choice = useAppStore(selectThemeChoice);
  const systemDark = useSyncExternalStore(subscribeToSystemTheme, () => darkQuery().matches);
  const applied = choice === 'system' ? (systemDark ? 'dark' : 'light') : choice;
  useEffect(() => {
    document.documentElement.dataset.theme = applied;
    document.documentElement.style.colorScheme = applied;
  }, [applied]);
  return applied;
}
