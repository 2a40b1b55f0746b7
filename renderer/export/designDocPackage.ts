import { visibleElements } from '../../shared/canvas/scene';
import { designDocument } from '../../shared/designDoc/designDoc';
import { DIAGRAM_PNG, DIAGRAM_SVG, designDocName, packDesignDoc } from '../../shared/designDoc/package';
import { call, hostKind } from '../bridge/bridge';
import { pointExcalidrawAtBundledAssets } from '../canvas/assetPath';
import { base64Of, downloadBlob } from '../bridge/fileTransfer';

/** `diagram`: the package holds the diagram's images (a session without a drawing has none). */
export type DesignDocResult = ({ downloaded: true; fileName: string } | { saved: boolean; path?: string }) & { diagram: boolean };

/**
 * Makes the design-document package of a session (the Markdown, and the final diagram as
 * SVG and PNG) and saves it: Electron asks where, the browser host downloads it.
 */
export async function exportDesignDoc(id: string): Promise<DesignDocResult> {
  const { state } = await call('session.open', { id });
  // The brief is context, not the candidate's work: a prompt since removed leaves it out.
  const brief = await call('prompt.open', { id: state.prompt.id }).then(
    (p) => p.brief,
    () => undefined,
  );
  let diagram: { svg: string; png: Uint8Array } | undefined;
  if (visibleElements(state.canvas).length > 0) {
    pointExcalidrawAtBundledAssets();
    const { diagramImages } = await import('./diagramImages');
    diagram = await diagramImages(state.canvas);
  }
  const markdown = designDocument({ state, ...(brief ? { brief } : {}), ...(diagram ? { diagram: { kind: 'images', svg: DIAGRAM_SVG, png: DIAGRAM_PNG } } : {}) });
  const name = designDocName(state.prompt.title, state.createdAt);
  const zip = packDesignDoc({ name, markdown, modifiedAt: state.endedAt ?? state.lastAt, ...(diagram ? { diagram } : {}) });
  const blob = new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' });

  if (hostKind === 'web') {
    downloadBlob(blob, `${name}.zip`);
    return { downloaded: true, fileName: `${name}.zip`, diagram: diagram !== undefined };
  }
  return { ...(await call('designDoc.export', { id, content: await base64Of(blob, 'the package') })), diagram: diagram !== undefined };
}
