import { CaptureUpdateAction, Excalidraw, MainMenu, reconcileElements, WelcomeScreen } from '@excalidraw/excalidraw';
import type { OrderedExcalidrawElement } from '@excalidraw/excalidraw/element/types';
import type { AppState, BinaryFileData, BinaryFiles, ExcalidrawImperativeAPI, ExcalidrawInitialDataState } from '@excalidraw/excalidraw/types';
import '@excalidraw/excalidraw/index.css';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { recordedFrom } from '../../shared/canvas/delta';
import { emptyCanvas, type CanvasElement, type CanvasFile, type CanvasState } from '../../shared/canvas/element';
import { sceneElements } from '../../shared/canvas/scene';
import { describeError, saveDiagram } from '../bridge/bridge';
import { flushBeforePhaseChange, selectSendSession } from '../session/sessionSlice';
import { useAppliedTheme } from '../settings/useAppliedTheme';
import { useAppStore, type AppState as StoreState } from '../store/store';
import { ExportMenu } from './ExportMenu';
import { exportFileName, renderExport, type ExportFormat } from './exportDiagram';
import { systemDesignLibraryItems } from './library';
import { useLibraryPlacement } from './libraryPlacement';
import { useFitEndedView } from './useFitEndedView';
import { CanvasRecorder, type RecorderStatus } from './recorder';
import { usePersonalLibrary } from './usePersonalLibrary';
import { newerThanShown } from './remote';
import { useSaveStatusText } from '../ui/saveStatus';
import './canvas.css';

export type CanvasProps = {
  sessionId: string;
  /** The prompt's title: names exported files. */
  title: string;
  createdAt: number;
  /** An ended session's canvas is shown, never changed. */
  ended: boolean;
};


/** Our own menu replaces Excalidraw's file actions; its theme follows the app's. */
const UI_OPTIONS = {
  canvasActions: { loadScene: false, saveToActiveFile: false, export: false, saveAsImage: false, toggleTheme: null },
  tools: { image: true },
} as const;

/** The open session's canvas as the log has it, or an empty one while it is not this session. */
function canvasOf(state: StoreState, sessionId: string): CanvasState | undefined {
  const session = state.session;
  return session?.id === sessionId && session.state.status === 'ready' ? session.state.value.canvas : undefined;
}

/**
 * Excalidraw, recording into the session log. The scene is restored from the log once,
 * when the canvas mounts; from then on Excalidraw owns it, and every change leaves as an
 * element-level delta (see CanvasRecorder). Changes another window logged are merged in.
 */
export default function ExcalidrawCanvas({ sessionId, title, createdAt, ended }: CanvasProps) {
  const theme = useAppliedTheme();
  const send = useAppStore(selectSendSession);
  const [api, setApi] = useState<ExcalidrawImperativeAPI | null>(null);
  /** Excalidraw has loaded the initial scene; before that its onChange reports an empty one. */
  const [loaded, setLoaded] = useState(false);
  const loadedRef = useRef(false);
  const [status, setStatus] = useState<RecorderStatus>('saved');
  const shownStatus = useSaveStatusText(status);
  const [message, setMessage] = useState<{ tone: 'info' | 'error'; text: string }>();
  // Read by Excalidraw's callbacks; set after each render, before any of them can run.
  const endedRef = useRef(ended);
  useLayoutEffect(() => {
    endedRef.current = ended;
  });
  // Read from the log as it is now, not from `initial`: a session drawn in this window opened empty.
  const nothingDrawn = useAppStore((s) => {
    const canvas = canvasOf(s, sessionId);
    return canvas !== undefined && !Object.values(canvas.elements).some((e) => !e.isDeleted);
  });

  // Read once: Excalidraw takes initialData on mount only.
  const [initial] = useState(() => {
    const canvas = canvasOf(useAppStore.getState(), sessionId) ?? emptyCanvas();
    return { canvas, elements: sceneElements(canvas) };
  });
  const initialData = useMemo<ExcalidrawInitialDataState>(
    () => ({
      elements: initial.elements as unknown as OrderedExcalidrawElement[],
      files: initial.canvas.files as unknown as BinaryFiles,
      appState: { viewBackgroundColor: '#ffffff' },
      scrollToContent: true,
      libraryItems: systemDesignLibraryItems(),
    }),
    [initial],
  );

  const [recorder] = useState(
    () =>
      new CanvasRecorder({
        recorded: recordedFrom(initial.elements, Object.keys(initial.canvas.files)),
        send: (delta, keepalive) => send({ type: 'canvas', delta }, { id: sessionId, keepalive }),
        onStatus: setStatus,
        onFileTooLarge: () =>
          setMessage({ tone: 'error', text: 'An image is larger than 8 MB, so it is not kept with the session. Use a smaller one.' }),
      }),
  );

  const onLibraryError = useCallback((text: string) => setMessage({ tone: 'error', text }), []);
  const onLibraryChange = usePersonalLibrary(api, onLibraryError);
  const host = useRef<HTMLDivElement>(null);
  const onDuplicate = useLibraryPlacement(api, host);
  useFitEndedView(api, host, loaded && ended);

  const onChange = useCallback(
    (elements: readonly OrderedExcalidrawElement[], appState: AppState, files: BinaryFiles) => {
      if (appState.isLoading) return;
      if (!loadedRef.current) {
        loadedRef.current = true;
        setLoaded(true);
      }
      if (endedRef.current) return;
      recorder.update(elements as unknown as readonly CanvasElement[], files as unknown as Record<string, CanvasFile>);
    },
    [recorder],
  );

  // Send what is pending when the window loses focus, hides or closes, and before a phase change or the end.
  useEffect(() => {
    const now = () => void recorder.flush();
    const closing = () => void recorder.flush(true);
    const onVisibility = () => document.visibilityState === 'hidden' && closing();
    window.addEventListener('blur', now);
    window.addEventListener('pagehide', closing);
    window.addEventListener('beforeunload', closing);
    document.addEventListener('visibilitychange', onVisibility);
    const unregister = flushBeforePhaseChange(() => recorder.flush());
    return () => {
      window.removeEventListener('blur', now);
      window.removeEventListener('pagehide', closing);
      window.removeEventListener('beforeunload', closing);
      document.removeEventListener('visibilitychange', onVisibility);
      unregister();
      // Leaving the screen: what is pending still goes.
      void recorder.flush();
    };
  }, [recorder]);

  useEffect(() => {
    if (ended) void recorder.stop();
  }, [ended, recorder]);

  // Another window's strokes: merge in the elements the log has newer than shown here.
  useEffect(() => {
    if (!api || !loaded) return;
    let shown: CanvasState | undefined = initial.canvas;
    const merge = (canvas: CanvasState | undefined) => {
      if (!canvas || canvas === shown) return;
      shown = canvas;
      const local = api.getSceneElementsIncludingDeleted();
      const held = api.getFiles();
      const newFiles = Object.values(canvas.files).filter((f) => !(f.id in held));
      const newer = newerThanShown(canvas, local);
      if (newer.length === 0 && newFiles.length === 0) return;
      recorder.markRecorded(
        newer,
        newFiles.map((f) => f.id),
      );
      if (newFiles.length > 0) api.addFiles(newFiles as unknown as BinaryFileData[]);
      if (newer.length > 0) {
        const merged = reconcileElements(local, newer as unknown as Parameters<typeof reconcileElements>[1], api.getAppState());
        api.updateScene({ elements: merged, captureUpdate: CaptureUpdateAction.NEVER });
      }
    };
    merge(canvasOf(useAppStore.getState(), sessionId));
    return useAppStore.subscribe((state) => merge(canvasOf(state, sessionId)));
  }, [api, loaded, initial, recorder, sessionId]);

  const exportAs = async (format: ExportFormat) => {
    if (!api) return;
    if (api.getSceneElements().length === 0) {
      setMessage({ tone: 'info', text: 'Nothing to export yet: the canvas is empty.' });
      return;
    }
    try {
      const blob = await renderExport(api, format);
      const result = await saveDiagram({ id: sessionId, format, fileName: exportFileName(title, createdAt, format), blob });
      if (result.downloaded) setMessage({ tone: 'info', text: `Downloaded ${exportFileName(title, createdAt, format)}` });
      else if (result.saved) setMessage({ tone: 'info', text: result.path ? `Saved to ${result.path}` : 'Saved' });
    } catch (error) {
      setMessage({ tone: 'error', text: `The diagram could not be exported: ${describeError(error)}` });
    }
  };

  // Excalidraw re-renders whenever its children change: keep them (and the export they call) stable.
  const exportRef = useRef(exportAs);
  useLayoutEffect(() => {
    exportRef.current = exportAs;
  });
  const ui = useMemo(
    () => (
      <>
        <MainMenu>
          <MainMenu.Item onSelect={() => void exportRef.current('png')}>Export as PNG…</MainMenu.Item>
          <MainMenu.Item onSelect={() => void exportRef.current('svg')}>Export as SVG…</MainMenu.Item>
          <MainMenu.Item onSelect={() => void exportRef.current('excalidraw')}>Export as .excalidraw…</MainMenu.Item>
          <MainMenu.Separator />
          <MainMenu.DefaultItems.SearchMenu />
          <MainMenu.DefaultItems.Help />
          {!ended && <MainMenu.DefaultItems.ClearCanvas />}
          <MainMenu.Separator />
          <MainMenu.DefaultItems.ChangeCanvasBackground />
        </MainMenu>
        <WelcomeScreen>
          <WelcomeScreen.Hints.ToolbarHint />
          <WelcomeScreen.Hints.MenuHint />
          <WelcomeScreen.Hints.HelpHint />
          <WelcomeScreen.Center>
            <WelcomeScreen.Center.Heading>
              Sketch the high-level design: clients, services, data stores and the arrows between them.
            </WelcomeScreen.Center.Heading>
            <WelcomeScreen.Center.Heading>Ready-made shapes for each are in the library.</WelcomeScreen.Center.Heading>
          </WelcomeScreen.Center>
        </WelcomeScreen>
      </>
    ),
    [ended],
  );

  useEffect(() => {
    if (message?.tone !== 'info') return;
    const timer = setTimeout(() => setMessage(undefined), 6000);
    return () => clearTimeout(timer);
  }, [message]);

  return (
    <div className="canvas-pane">
      <div className="canvas-bar">
        <h2 className="canvas-title">Diagram</h2>
        <span className={`canvas-status canvas-status-${ended ? 'ended' : shownStatus.tone}`} aria-live="polite">
          {ended ? 'View only: the session has ended' : shownStatus.text}
        </span>
        {message && (
          <span className={`canvas-message canvas-message-${message.tone}`} role={message.tone === 'error' ? 'alert' : 'status'}>
            {message.text}
            <button type="button" className="canvas-message-dismiss" aria-label="Dismiss" onClick={() => setMessage(undefined)}>
              ×
            </button>
          </span>
        )}
        <ExportMenu disabled={!api} onExport={(format) => void exportAs(format)} />
      </div>
      <div className="canvas-host" ref={host}>
        {ended && nothingDrawn && <p className="canvas-empty">No diagram was drawn in this session.</p>}
        <Excalidraw
          excalidrawAPI={setApi}
          initialData={initialData}
          onChange={onChange}
          onLibraryChange={onLibraryChange}
          onDuplicate={onDuplicate}
          theme={theme}
          viewModeEnabled={ended}
          name={title}
          autoFocus={false}
          aiEnabled={false}
          UIOptions={UI_OPTIONS}
        >
          {ui}
        </Excalidraw>
      </div>
    </div>
  );
}
