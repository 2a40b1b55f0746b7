import { useState } from 'react';
import type { PrivateState } from '../../shared/pairing/privateLog';
import type { CriterionId } from '../../shared/rubric/report';
import type { SelfScores } from '../../shared/pairing/scores';
import { CRITERIA, descriptorsAt } from '../../shared/rubric/table';
import { DEFAULT_LEVEL } from '../../shared/session/level';
import { useAppStore } from '../store/store';
import { selectActConsole, selectConsoleState } from './consoleSlice';
import type { Suggested } from './useSuggestedScores';

const LEVELS = [0, 1, 2, 3, 4] as const;

/**
 * The partner's score per rubric criterion, with the automatic rubric's score beside
 * it as a suggestion and, once given, the candidate's own. Each radio's title says what
 * the level means.
 */
export function ManualScores({ own, suggested, self }: { own: PrivateState; suggested: Suggested | undefined; self: SelfScores | null }) {
  const act = useAppStore(selectActConsole);
  // What each score means depends on the level the candidate is practising for.
  const level = useAppStore(selectConsoleState)?.level ?? DEFAULT_LEVEL;
  // A score shows as chosen the moment it is clicked; the private log's answer then takes over.
  const [chosen, setChosen] = useState<Partial<Record<CriterionId, number | null>>>({});
  const choose = (criterion: CriterionId, score: number | null) => {
    setChosen((c) => ({ ...c, [criterion]: score }));
    void act({ type: 'score', criterion, score }).finally(() =>
      setChosen((c) => {
        const { [criterion]: _settled, ...rest } = c;
        return rest;
      }),
    );
  };
  return (
    <section className="console-section" aria-labelledby="console-scores">
      <h3 id="console-scores">Your scores</h3>
      <p className="console-hint">0 to 4 per criterion; hover a number for what it means. The suggestion is the automatic rubric on the work so far.</p>
      <ul className="console-scores">
        {CRITERIA.map((c) => {
          const mine = chosen[c.id] !== undefined ? (chosen[c.id] ?? undefined) : own.scores[c.id];
          const label = `console-score-${c.id}`;
          return (
            <li key={c.id}>
              <span id={label} className="console-score-name">
                {c.name}
              </span>
              <div role="radiogroup" aria-labelledby={label} className="console-score-levels">
                {LEVELS.map((score) => (
                  <label key={score} title={descriptorsAt(c, level)[score]}>
                    <input
                      type="radio"
                      name={label}
                      title={descriptorsAt(c, level)[score]}
                      value={score}
                      checked={mine === score}
                      onChange={() => choose(c.id, score)}
                    />
                    <span>{score}</span>
                  </label>
                ))}
              </div>
              <span className="console-score-views">
                <span>Suggested: {suggested?.[c.id] ?? '…'}</span>
                {self && <span>Candidate: {self[c.id] ?? '–'}</span>}
              </span>
              {mine !== undefined && (
                <button
                  type="button"
                  className="btn btn-quiet btn-small btn-icon"
                  aria-label={`Clear the ${c.name} score`}
                  title="Clear"
                  onClick={() => choose(c.id, null)}
                >
                  ×
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
