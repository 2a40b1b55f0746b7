import { CaptureUpdateAction, Excalidraw } from '@excalidraw/excalidraw';
import type { OrderedExcalidrawElement } from '@excalidraw/excalidraw/element/types';
import type { AppState, BinaryFileData, BinaryFiles, ExcalidrawImperativeAPI, ExcalidrawInitialDataState } from '@excalidraw/excalidraw/types';
import '@excalidraw/excalidraw/index.css';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CanvasState } from '../../shared/canvas/element';
import { sceneElements } from '../../shared/canvas/scene';
import { useAppliedTheme } from '../settings/useAppliedTheme';
import '../canvas/canvas.css';

export type ReplayExcalidrawProps = {
  /** The diagram at the moment shown. */
  canvas: CanvasState;
  /** The diagram at the end: the view is fitted to it, so what is drawn later lands in sight. */
  frame: CanvasState;
  /** How many elements Excalidraw shows after each update. */
  onShown(count: number): void;
};

const UI_OPTIONS = {
  canvasActions: { loadScene: false, saveToActiveFile: false, export: false, saveAsImage: false, toggleTheme: null, clearCanvas: false, changeViewBackgroundColor: false },
} as const;

/**
 * Excalidraw, view only, showing the diagram of the moment. The scene is replaced (never
 * remounted) when the moment moves, at most once per animation frame, keeping the person's
 * pan and zoom; nothing it does is recorded.
 */
export default function ReplayExcalidraw({ canvas, frame, onShown }: ReplayExcalidrawProps) {
  const theme = useAppliedTheme();
  const [api, setApi] = useState<ExcalidrawImperativeAPI | null>(null);
  /** Excalidraw has loaded the initial scene: an update before that would be overwritten by it. */
  const [loaded, setLoaded] = useState(false);
  const onChange = useCallback((_elements: unknown, appState: AppState) => {
    if (!appState.isLoading) setLoaded(true);
  }, []);
  const [initial] = useState(() => frame);
  const initialData = useMemo<ExcalidrawInitialDataState>(
    () => ({
      elements: sceneElements(initial) as unknown as OrderedExcalidrawElement[],
      files: initial.files as unknown as BinaryFiles,
      appState: { viewBackgroundColor: '#ffffff' },
      scrollToContent: true,
    }),
    [initial],
  );
  /** What the scene holds; nothing yet, so the first update always reports its count. */
  const shown = useRef<CanvasState | undefined>(undefined);
  const onShownRef = useRef(onShown);
  onShownRef.current = onShown;

  useEffect(() => {
    if (!api || !loaded) return;
    const frameId = requestAnimationFrame(() => {
      if (shown.current === canvas) return;
      // The scene still holds the finished diagram: fit the view to all of it, once.
      const whole = shown.current === undefined ? api.getSceneElements() : [];
      if (whole.length > 0) api.scrollToContent(whole, { fitToViewport: true, viewportZoomFactor: 0.9, maxZoom: 1, animate: false });
      shown.current = canvas;
      const held = api.getFiles();
      const newFiles = Object.values(canvas.files).filter((f) => !(f.id in held));
      if (newFiles.length > 0) api.addFiles(newFiles as unknown as BinaryFileData[]);
      api.updateScene({ elements: sceneElements(canvas) as unknown as OrderedExcalidrawElement[], captureUpdate: CaptureUpdateAction.NEVER });
      onShownRef.current(api.getSceneElements().length);
    });
    return () => cancelAnimationFrame(frameId);
  }, [api, loaded, canvas]);

  return (
    <Excalidraw
      excalidrawAPI={setApi}
      initialData={initialData}
      onChange={onChange}
      theme={theme}
      viewModeEnabled
      zenModeEnabled
      autoFocus={false}
      aiEnabled={false}
      UIOptions={UI_OPTIONS}
    />
  );
}
