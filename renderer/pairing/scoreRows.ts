import type { PairingScores } from '../../shared/bridge/contract';
import { DISAGREEMENT, type SelfScores } from '../../shared/pairing/scores';
import type { CriterionId, Report } from '../../shared/rubric/report';
import { CRITERIA } from '../../shared/rubric/table';

/** One criterion as the three people (well, two and the rubric) scored it; null: not scored. */
export type ScoreRow = {
  id: CriterionId;
  name: string;
  self: number | null;
  interviewer: number | null;
  automatic: number | null;
  /** Two of the scores given are DISAGREEMENT or more apart. */
  differ: boolean;
};

/** The report's "Scores side by side", a row per criterion in the rubric's order. */
export function scoreRows(criteria: Report['criteria'], pairing: PairingScores): ScoreRow[] {
  return CRITERIA.map(({ id, name }) => {
    const self = pairing.self?.[id] ?? null;
    const interviewer = pairing.interviewer.scores[id] ?? null;
    const automatic = criteria.find((c) => c.id === id)?.score ?? null;
    const given = [self, interviewer, automatic].filter((s): s is number => s !== null);
    const differ = given.length > 1 && Math.max(...given) - Math.min(...given) >= DISAGREEMENT;
    return { id, name, self, interviewer, automatic, differ };
  });
}

/** The criteria still without a score in a self-assessment, in the rubric's order. */
export function unscored(scores: SelfScores): string[] {
  return CRITERIA.filter((c) => scores[c.id] === undefined).map((c) => c.name);
}
