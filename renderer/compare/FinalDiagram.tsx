import { useEffect, useRef, useState } from 'react';
import { useAppliedTheme } from '../settings/useAppliedTheme';
import { useAppStore } from '../store/store';
import { selectFinalCanvas } from './compareSlice';
import { renderFinalSvg } from './finalDiagram';
import { messageOf } from '../../shared/errors';

type Drawn = { status: 'drawing' } | { status: 'drawn'; svg: SVGSVGElement } | { status: 'empty' } | { status: 'failed'; error: string };
const DRAWING: Drawn = { status: 'drawing' };

/** One attempt's diagram as it was at the end, read-only. */
export function FinalDiagram({ id, caption }: { id: string; caption: string }) {
  const load = useAppStore(selectFinalCanvas(id));
  const dark = useAppliedTheme() === 'dark';
  // Each drawing is kept with the canvas and theme it was drawn from: until the current one is drawn, it shows as drawing.
  const [made, setMade] = useState<{ from: unknown; dark: boolean; drawn: Drawn }>();
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    void useAppStore.getState().loadFinalCanvas(id);
  }, [id]);

  useEffect(() => {
    if (load?.status !== 'ready') return;
    let live = true;
    const done = (drawn: Drawn) => live && setMade({ from: load, dark, drawn });
    renderFinalSvg(load.value, dark).then(
      (svg) => done(svg ? { status: 'drawn', svg } : { status: 'empty' }),
      (error: unknown) => done({ status: 'failed', error: messageOf(error) }),
    );
    return () => {
      live = false;
    };
  }, [load, dark]);
  const drawn: Drawn = made && made.from === load && made.dark === dark ? made.drawn : DRAWING;

  useEffect(() => {
    if (drawn.status === 'drawn') host.current?.replaceChildren(drawn.svg);
  }, [drawn]);

  const failure = load?.status === 'failed' ? load.error : drawn.status === 'failed' ? drawn.error : undefined;
  return (
    <figure className="card compare-diagram">
      <figcaption>{caption}</figcaption>
      {failure !== undefined ? (
        <p className="compare-diagram-note" role="alert">
          The diagram could not be drawn: {failure}
        </p>
      ) : drawn.status === 'empty' ? (
        <p className="compare-diagram-note muted">Nothing was drawn in this session.</p>
      ) : (
        <div ref={host} className="compare-diagram-image" role="img" aria-label={`Final diagram, ${caption}`} aria-busy={drawn.status !== 'drawn'} />
      )}
    </figure>
  );
}
