import type { CanvasDelta, CanvasElement, CanvasFile } from './element';

/** What the log already holds: each element's recorded version, which are deleted, and the files sent. */
export type Recorded = {
  readonly versions: ReadonlyMap<string, number>;
  readonly deleted: ReadonlySet<string>;
  readonly files: ReadonlySet<string>;
};

export const nothingRecorded = (): Recorded => ({ versions: new Map(), deleted: new Set(), files: new Set() });

/** Seeds `Recorded` from a restored scene, so opening a session records nothing. */
export function recordedFrom(elements: Iterable<Pick<CanvasElement, 'id' | 'version' | 'isDeleted'>>, fileIds: Iterable<string>): Recorded {
  const list = [...elements];
  return {
    versions: new Map(list.map((e) => [e.id, e.version])),
    deleted: new Set(list.filter((e) => e.isDeleted).map((e) => e.id)),
    files: new Set(fileIds),
  };
}

/**
 * The delta between what was recorded and the scene now, or null when nothing changed
 * (a pan, a zoom or a selection leaves every version as it was). Excalidraw bumps an
 * element's version on every change, so comparing versions finds every edit.
 */
export function diffScene(
  recorded: Recorded,
  elements: readonly CanvasElement[],
  files: Readonly<Record<string, CanvasFile>> = {},
): CanvasDelta | null {
  const delta: CanvasDelta = { added: [], changed: [], deleted: [], files: [] };
  const seen = new Set<string>();
  for (const element of elements) {
    seen.add(element.id);
    const version = recorded.versions.get(element.id);
    if (version === undefined) {
      // Drawn and deleted between two batches: the log never needs to know.
      if (!element.isDeleted) delta.added.push(element);
    } else if (element.version > version) {
      if (element.isDeleted) delta.deleted.push({ id: element.id, version: element.version, versionNonce: element.versionNonce });
      else delta.changed.push(element);
    }
  }
  for (const [id, version] of recorded.versions) {
    // Gone from the scene without a deletion mark (a newer Excalidraw may prune them).
    if (!seen.has(id) && !recorded.deleted.has(id)) delta.deleted.push({ id, version: version + 1, versionNonce: 0 });
  }
  for (const element of [...delta.added, ...delta.changed]) {
    const fileId = (element as { fileId?: unknown }).fileId;
    const file = typeof fileId === 'string' ? files[fileId] : undefined;
    if (file && !recorded.files.has(file.id) && !delta.files.some((f) => f.id === file.id)) delta.files.push(file);
  }
  const empty = delta.added.length + delta.changed.length + delta.deleted.length + delta.files.length === 0;
  return empty ? null : delta;
}

/** `recorded` once `delta` is in the log. */
export function afterRecording(recorded: Recorded, delta: CanvasDelta): Recorded {
  const versions = new Map(recorded.versions);
  const deleted = new Set(recorded.deleted);
  for (const e of [...delta.added, ...delta.changed]) {
    versions.set(e.id, e.version);
    deleted.delete(e.id);
  }
  for (const e of delta.deleted) {
    versions.set(e.id, e.version);
    deleted.add(e.id);
  }
  const files = new Set(recorded.files);
  for (const f of delta.files) files.add(f.id);
  return { versions, deleted, files };
}
