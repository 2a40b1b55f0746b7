import { memo, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import type { Chapter, Mark } from '../../shared/replay';
import { formatUsed } from '../session/format';
import { keyAction, timeAtPointer, type KeyAction } from './playback';
import { percentOf, positionText } from './timeText';

export type TimelineProps = {
  durationMs: number;
  t: number;
  chapters: readonly Chapter[];
  /** What happened in the session: questions, notes, conclusions, pauses, cues. */
  marks: readonly Mark[];
  /** The rubric's evidence, on a lane of its own. */
  evidence: readonly Mark[];
  /** Speech the voice detector heard, on a lane of its own (recorded sessions only). */
  speech?: readonly { start: number; end: number }[];
  phaseTitle: string;
  onSeek(t: number): void;
  onAction(action: KeyAction): void;
};

/**
 * The session laid out in time: the phases as chapters, the moments and the rubric's
 * evidence as marks, and the scrubber under them (a slider: drag it, click anywhere on it,
 * or use the keys). A line through every lane shows the moment on screen.
 */
export function Timeline({ durationMs, t, chapters, marks, evidence, speech = [], phaseTitle, onSeek, onAction }: TimelineProps) {
  const track = useRef<HTMLDivElement>(null);
  const at = percentOf(t, durationMs);

  const seekTo = (clientX: number) => {
    const box = track.current?.getBoundingClientRect();
    if (box) onSeek(timeAtPointer(clientX, box.left, box.width, durationMs));
  };
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    e.currentTarget.focus();
    seekTo(e.clientX);
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (e.currentTarget.hasPointerCapture(e.pointerId)) seekTo(e.clientX);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const action = keyAction(e.key, e.shiftKey, true);
    if (!action) return;
    // Handled here rather than by the screen's own keys, which would see it again.
    e.preventDefault();
    e.stopPropagation();
    onAction(action);
  };

  return (
    <div className="timeline">
      <div className="timeline-labels" aria-hidden="true">
        <span>Phases</span>
        <span>Moments</span>
        {evidence.length > 0 && <span>Rubric</span>}
        {speech.length > 0 && <span>Talk</span>}
        <span />
      </div>
      <div className="timeline-lanes">
        <ol className="timeline-lane timeline-chapters" aria-label="Phases as they were worked through">
          {chapters.map((c) => {
            const current = t >= c.startT && (t < c.endT || c.endT === durationMs);
            const title = `${c.title}${c.visit > 1 ? ` (again, ${c.visit})` : ''}`;
            return (
              <li
                key={`${c.phaseId}/${c.visit}`}
                className={`chapter chapter-${c.phaseIndex % 2 === 0 ? 'even' : 'odd'}${current ? ' chapter-current' : ''}`}
                style={{ left: `${percentOf(c.startT, durationMs)}%`, width: `${percentOf(c.endT - c.startT, durationMs)}%` }}
              >
                <button
                  type="button"
                  className="chapter-button"
                  title={`${title}: ${formatUsed(c.startT)} to ${formatUsed(c.endT)}`}
                  aria-label={`${title}, from ${formatUsed(c.startT)} to ${formatUsed(c.endT)}`}
                  aria-current={current ? 'step' : undefined}
                  onClick={() => onSeek(c.startT)}
                >
                  {title}
                </button>
              </li>
            );
          })}
        </ol>
        <MarkLane marks={marks} durationMs={durationMs} onSeek={onSeek} />
        {evidence.length > 0 && <MarkLane marks={evidence} durationMs={durationMs} onSeek={onSeek} />}
        {speech.length > 0 && <SpeechLane speech={speech} durationMs={durationMs} />}
        <div
          ref={track}
          className="timeline-lane timeline-track"
          role="slider"
          tabIndex={0}
          aria-label="Moment of the session"
          aria-valuemin={0}
          aria-valuemax={Math.round(durationMs)}
          aria-valuenow={Math.round(t)}
          aria-valuetext={positionText(t, durationMs, phaseTitle)}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onKeyDown={onKeyDown}
        >
          <span className="timeline-rail" aria-hidden="true">
            <span className="timeline-fill" style={{ width: `${at}%` }} />
          </span>
          <span className="timeline-thumb" aria-hidden="true" style={{ left: `${at}%` }} />
        </div>
        <span className="timeline-playhead" aria-hidden="true" style={{ left: `${at}%` }} />
      </div>
    </div>
  );
}

/**
 * One row of marks, drawn again only when they change. They are for the mouse (the list of moments beside the replay is the
 * keyboard's way to them), so they stay out of the tab order.
 */
const MarkLane = memo(function MarkLane({ marks, durationMs, onSeek }: { marks: readonly Mark[]; durationMs: number; onSeek(t: number): void }) {
  return (
    <div className="timeline-lane timeline-marks">
      {marks.map((m, i) => (
        <button
          key={`${m.kind}/${m.ref ?? ''}/${m.t}/${i}`}
          type="button"
          tabIndex={-1}
          className={`mark mark-${m.kind}${m.positive === undefined ? '' : m.positive ? ' mark-for' : ' mark-against'}`}
          style={{ left: `${percentOf(m.t, durationMs)}%` }}
          title={`${formatUsed(m.t)} · ${m.label}`}
          aria-label={`${formatUsed(m.t)}: ${m.label}`}
          onClick={() => onSeek(m.t)}
        />
      ))}
    </div>
  );
});

/** Where the candidate was talking, as bars; the gaps between them are the silences. Drawn only, for the eye. */
const SpeechLane = memo(function SpeechLane({ speech, durationMs }: { speech: readonly { start: number; end: number }[]; durationMs: number }) {
  return (
    <div className="timeline-lane timeline-speech" aria-label={`Talking: ${speech.length} stretches`} role="img">
      {speech.map((s) => (
        <span
          key={s.start}
          className="speech-bar"
          title={`${formatUsed(s.start)} to ${formatUsed(s.end)}: talking`}
          style={{ left: `${percentOf(s.start, durationMs)}%`, width: `${Math.max(0.2, percentOf(s.end - s.start, durationMs))}%` }}
        />
      ))}
    </div>
  );
});
