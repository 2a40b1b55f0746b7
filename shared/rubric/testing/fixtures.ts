import { SessionExport } from '../../session/exportFile';
import strong from '../fixtures/strong.session.json?raw';
import weak from '../fixtures/weak.session.json?raw';

/**
 * The committed fixture sessions, parsed as `designdrill score` reads an export file.
 * `node scripts/make-rubric-fixtures.mjs` writes them again from ./sessions.ts.
 */
export const FIXTURE_SESSIONS = {
  strong: SessionExport.parse(JSON.parse(strong)),
  weak: SessionExport.parse(JSON.parse(weak)),
} as const;

/** The URL-shortener prompt as the app loaded it when the fixtures were written. */
export const urlShortener = FIXTURE_SESSIONS.strong.prompt;
