import { strToU8, zipSync, type Zippable } from 'fflate';
import { localDate, safeFileStem } from '../fileName';

/** The image files beside the document; fixed names, so the Markdown's links always resolve. */
export const DIAGRAM_SVG = 'diagram.svg';
export const DIAGRAM_PNG = 'diagram.png';

/** "Design a URL Shortener 2026-01-05": the prompt's title and the session's local date, safe as a file name anywhere. */
export function designDocName(title: string, createdAt: number): string {
  return `${safeFileStem(title, 'Design')} ${localDate(createdAt)}`;
}

export type DesignDocFiles = {
  /** The file name without `.md`, from designDocName. */
  name: string;
  markdown: string;
  /** The diagram, when the session has one; both or neither. */
  diagram?: { svg: string; png: Uint8Array };
  /** The time stamped on every entry, so the same session packs to the same bytes. */
  modifiedAt: number;
};

/** The .zip that is handed out: `<name>.md` with the diagram's images beside it. */
export function packDesignDoc({ name, markdown, diagram, modifiedAt }: DesignDocFiles): Uint8Array {
  // Zip dates cannot be older than 1980.
  const mtime = new Date(Math.max(modifiedAt, Date.UTC(1980, 0, 2)));
  const files: Zippable = { [`${name}.md`]: [strToU8(markdown), { mtime }] };
  if (diagram) {
    files[DIAGRAM_SVG] = [strToU8(diagram.svg), { mtime }];
    // Already compressed: storing it again is faster and no bigger.
    files[DIAGRAM_PNG] = [diagram.png, { mtime, level: 0 }];
  }
  return zipSync(files, { level: 6 });
}
