import type { TranscriptEngineInfo } from '../../shared/voice/transcript';

/** How to install each engine that is not here, in the engine's own words (engines.ts). */
export function EngineList({ engines, onlyMissing }: { engines: readonly TranscriptEngineInfo[]; onlyMissing?: boolean }) {
  const shown = onlyMissing ? engines.filter((e) => !e.available) : engines;
  if (shown.length === 0) return null;
  return (
    <ul className="engine-install">
      {shown.map((e) => (
        <li key={e.id}>
          <strong>{e.name}</strong>: {e.available ? 'installed.' : `${e.why}. ${e.install}.`}
        </li>
      ))}
    </ul>
  );
}
