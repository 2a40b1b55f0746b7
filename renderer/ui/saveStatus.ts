import { selectConnected } from '../shell/connectionSlice';
import { useAppStore } from '../store/store';

/** Where an editor's work stands; each editor (notes, lists, pad, canvas) reports one. */
export type SaveStatus = 'untouched' | 'saved' | 'editing' | 'saving' | 'failed';

const TEXT: Record<SaveStatus, string> = {
  untouched: '',
  saved: 'Saved',
  editing: 'Editing…',
  saving: 'Saving…',
  failed: 'Not saved yet: kept here and sent again',
};

/**
 * The words an editor shows beside its work, and the status class to style them with. Without
 * a connection nothing is "Saved" any more: what is typed is kept in the window until it is back.
 */
export function useSaveStatusText(status: SaveStatus): { text: string; tone: SaveStatus } {
  const connected = useAppStore(selectConnected);
  if (connected) return { text: TEXT[status], tone: status };
  if (status === 'saved' || status === 'untouched') return { text: 'Not connected', tone: 'failed' };
  return { text: 'Not sent: kept here until DesignDrill answers', tone: 'failed' };
}
