import { useEffect, useId, useState } from 'react';
import type { SelfScores } from '../../shared/pairing/scores';
import { DEFAULT_LEVEL, type TargetLevel } from '../../shared/session/level';
import { CRITERIA, descriptorsAt, type CriterionSpec } from '../../shared/rubric/table';
import { selectSession } from '../session/sessionSlice';
import { call, describeError, subscribe } from '../bridge/bridge';
import { useAppStore } from '../store/store';
import { Notice } from '../ui/Notice';
import { unscored } from './scoreRows';
import './pairing.css';

const LEVELS = [0, 1, 2, 3, 4] as const;

/**
 * The blind self-assessment of a paired session: the candidate scores every criterion before
 * anything could sway them (the report, the reference figures, the partner's scores).
 * `onDone` runs once the scores are in.
 */
export function SelfAssessment({ sessionId, onDone }: { sessionId: string; onDone?: () => void }) {
  const [scores, setScores] = useState<SelfScores>({});
  const [sending, setSending] = useState(false);
  /** Submit was pressed: from then on the criteria still without a score are pointed out. */
  const [tried, setTried] = useState(false);
  const [refusal, setRefusal] = useState<string | undefined>(undefined);
  const titleId = useId();
  const missing = unscored(scores);
  const partnerScored = usePartnerScored(sessionId);
  // What each score means depends on the level the session was practised at.
  const open = useAppStore(selectSession);
  const level: TargetLevel = open?.id === sessionId && open.state.status === 'ready' ? open.state.value.level : DEFAULT_LEVEL;

  const submit = async () => {
    setTried(true);
    if (missing.length > 0) return;
    setSending(true);
    setRefusal(undefined);
    try {
      await useAppStore.getState().submitSelfScores(sessionId, scores);
      onDone?.();
    } catch (error) {
      setRefusal(describeError(error));
      setSending(false);
    }
  };

  return (
    <section className="card self-assessment" aria-labelledby={titleId}>
      <h2 id={titleId}>Score yourself</h2>
      <p className="self-intro">
        Before any report, give yourself 0 to 4 on each criterion, from how the interview felt. {partnerText(partnerScored)} The report shows
        your scores, your partner&rsquo;s and the rubric&rsquo;s side by side, and marks where they are far apart.
      </p>
      <form
        className="self-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        {CRITERIA.map((criterion) => (
          <CriterionScore
            key={criterion.id}
            criterion={criterion}
            level={level}
            value={scores[criterion.id]}
            missing={tried && scores[criterion.id] === undefined}
            onChange={(score) => setScores((s) => ({ ...s, [criterion.id]: score }))}
          />
        ))}
        {tried && missing.length > 0 && (
          <Notice tone="error" title="Not sent yet">
            Score every criterion first. Still without a score: {missing.join(', ')}.
          </Notice>
        )}
        {refusal && (
          <Notice tone="error" title="Your scores were not taken">
            {refusal}
          </Notice>
        )}
        <button type="submit" className="btn btn-primary btn-large" disabled={sending}>
          {sending ? 'Sending…' : 'Submit my scores'}
        </button>
      </form>
    </section>
  );
}

/** Said as it is: the partner may still be scoring, or may not score at all. */
function partnerText(scored: number | undefined): string {
  if (scored === undefined) return '';
  if (scored === 0) return 'Your partner has not scored you yet; their scores join the report when they do.';
  return `Your partner has scored you on ${scored === CRITERIA.length ? 'every criterion' : `${scored} of ${CRITERIA.length} criteria`}; you see their scores after giving yours.`;
}

/** How many criteria the partner has scored so far (never which scores), kept current; undefined until known. */
function usePartnerScored(sessionId: string): number | undefined {
  const [scored, setScored] = useState<number>();
  useEffect(() => {
    let live = true;
    const unsubscribe = subscribe('pairing.scored', ({ id, interviewerScored }) => {
      if (id === sessionId) setScored(interviewerScored);
    });
    call('pairing.status', { id: sessionId }).then(
      ({ interviewerScored }) => live && setScored((now) => now ?? interviewerScored),
      () => {},
    );
    return () => {
      live = false;
      unsubscribe();
    };
  }, [sessionId]);
  return scored;
}

function CriterionScore({
  criterion,
  level,
  value,
  missing,
  onChange,
}: {
  criterion: CriterionSpec;
  level: TargetLevel;
  value: number | undefined;
  missing: boolean;
  onChange: (score: number) => void;
}) {
  const base = useId();
  const ladder = descriptorsAt(criterion, level);
  return (
    <div className={`self-criterion${missing ? ' self-missing' : ''}`}>
      <span className="self-name" id={`${base}-name`}>
        {criterion.name}
      </span>
      <div className="segmented self-levels" role="radiogroup" aria-labelledby={`${base}-name`} aria-required="true" aria-invalid={missing || undefined}>
        {LEVELS.map((score) => (
          <label key={score}>
            <input
              type="radio"
              name={`${base}-level`}
              value={score}
              checked={value === score}
              aria-describedby={`${base}-${score}`}
              onChange={() => onChange(score)}
            />
            <span>{score}</span>
          </label>
        ))}
      </div>
      <p className="muted self-descriptor">{value === undefined ? 'Not scored yet.' : ladder[value]}</p>
      <details className="self-levels-help">
        <summary>What each level means</summary>
        <ol start={0}>
          {ladder.map((text, score) => (
            <li key={score} id={`${base}-${score}`}>
              {text}
            </li>
          ))}
        </ol>
      </details>
    </div>
  );
}
