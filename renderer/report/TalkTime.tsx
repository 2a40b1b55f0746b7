import { useEffect, useState } from 'react';
import { fold } from '../../shared/session/reduce';
import { SILENT_WORK_MS, talkSummary, type TalkSummary } from '../../shared/voice/talk';
import { call } from '../bridge/bridge';
import { formatUsed } from '../session/format';
import { routeHash } from '../shell/route';

const percent = (share: number) => `${Math.round(share * 100)}%`;

/**
 * How much the candidate talked, from the voice detector's segments: the share of each phase,
 * the longest silences (each a link to its moment in the replay) and a tip when they drew or
 * wrote in silence for long. Nothing for a session that did not record the voice.
 */
export function TalkTime({ sessionId }: { sessionId: string }) {
  const [talk, setTalk] = useState<{ summary: TalkSummary; titles: Map<string, string> } | undefined>(undefined);
  useEffect(() => {
    let live = true;
    call('session.events', { id: sessionId }).then(
      ({ events }) => {
        const state = fold(events);
        const summary = talkSummary(state, events);
        if (live && summary) setTalk({ summary, titles: new Map(state.phases.map((p) => [p.id, p.title])) });
      },
      // The report stands without it; the session screen says when the log cannot be read.
      () => {},
    );
    return () => {
      live = false;
    };
  }, [sessionId]);
  if (!talk) return null;
  const { summary, titles } = talk;
  const phases = summary.phases.filter((p) => p.usedMs > 0);
  return (
    <section className="card report-section talk-card" aria-labelledby="talk-title">
      <h2 id="talk-title" className="eyebrow">
        Talking aloud
      </h2>
      <p>
        You talked for {formatUsed(summary.spokenMs)}, {percent(summary.share)} of the session.
      </p>
      <ul className="talk-phases" aria-label="Talk share per phase">
        {phases.map((p) => (
          <li key={p.phaseId}>
            <span className="talk-phase-name">{p.title}</span>
            <meter min={0} max={1} value={p.share} aria-label={`${p.title}: share spent talking`} />
            <span>{percent(p.share)}</span>
          </li>
        ))}
      </ul>
      {summary.silences.length > 0 && (
        <>
          <h3>Longest silences</h3>
          <ol className="talk-silences" aria-label="Longest silences">
            {summary.silences.map((s) => (
              <li key={s.start}>
                <a href={routeHash({ name: 'replay', id: sessionId, t: s.start })}>{formatUsed(s.start)}</a> for {formatUsed(s.end - s.start)} in{' '}
                {titles.get(s.phase) ?? s.phase}
                {s.edits > 0 ? ', while you drew or wrote' : ''}
              </li>
            ))}
          </ol>
        </>
      )}
      {summary.silentWork.length > 0 && (
        <p className="talk-tip" role="note">
          Tip: you drew or wrote without a word for over {SILENT_WORK_MS / 60_000} minute{summary.silentWork.length > 1 ? `, ${summary.silentWork.length} times` : ''}. A
          listener cannot follow a silent diagram: say what you are adding and why as you draw it.
        </p>
      )}
    </section>
  );
}
