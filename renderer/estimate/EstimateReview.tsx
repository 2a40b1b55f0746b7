import { useEffect, useMemo, useState } from 'react';
import type { EstimateReview, EstimateReviewItem } from '../../shared/bridge/contract';
import { call, describeError } from '../bridge/bridge';
import type { LineBadge } from './PadEditor';
import { TAG_LABEL } from './tags';
import './estimate.css';

export type ReviewLoad = { status: 'idle' } | { status: 'loading' } | { status: 'ready'; value: EstimateReview } | { status: 'failed'; error: string };

/**
 * The comparison with the prompt's figures, asked for once the session has ended (the Node side
 * refuses before: the figures are the interviewer's). Nothing is asked while it runs.
 */
// The same objects each render: the review is a dependency of effects, which must not rerun for an equal value.
const IDLE: ReviewLoad = { status: 'idle' };
const LOADING: ReviewLoad = { status: 'loading' };

export function useEstimateReview(sessionId: string, ended: boolean): ReviewLoad {
  // The answer is kept with the session it is for: another session's shows as loading, not as this one's.
  const [answer, setAnswer] = useState<{ id: string; load: ReviewLoad }>();
  useEffect(() => {
    if (!ended) return;
    let live = true;
    call('session.estimateReview', { id: sessionId }).then(
      (value) => live && setAnswer({ id: sessionId, load: { status: 'ready', value } }),
      (error: unknown) => live && setAnswer({ id: sessionId, load: { status: 'failed', error: describeError(error) } }),
    );
    return () => void (live = false);
  }, [sessionId, ended]);
  if (!ended) return IDLE;
  return answer?.id === sessionId ? answer.load : LOADING;
}

const VERDICT_LABEL = { fine: 'Fine', warning: 'Warning', flagged: 'Flagged' } as const;

function timesText(x: number): string {
  return x >= 100 ? String(Math.round(x)) : String(Number(x.toPrecision(2)));
}

/** What each compared line shows beside its result in the pad. */
export function reviewBadges(load: ReviewLoad): ReadonlyMap<string, LineBadge> | undefined {
  if (load.status !== 'ready') return undefined;
  const badges = new Map<string, LineBadge>();
  for (const item of load.value.items) {
    // A ratio worked out from two lines is not the read line's own verdict.
    if (!item.lineId || item.taken === 'ratio') continue;
    if (item.kind === 'compared' && item.verdict) {
      badges.set(item.lineId, {
        tone: item.verdict,
        label: item.verdict === 'fine' ? 'fine' : `${timesText(item.timesOff ?? 1)}× off`,
        title: item.message ?? VERDICT_LABEL[item.verdict],
      });
    }
  }
  return badges;
}

/** The ended view's card: each named estimate beside the prompt's figure, with its verdict. */
export function EstimateReviewCard({ load }: { load: ReviewLoad }) {
  const counts = useMemo(() => {
    const c = { fine: 0, warning: 0, flagged: 0 };
    if (load.status === 'ready') for (const i of load.value.items) if (i.kind === 'compared' && i.verdict) c[i.verdict]++;
    return c;
  }, [load]);

  return (
    <section className="card review-card" aria-labelledby="estimate-review-title">
      <h2 id="estimate-review-title" className="eyebrow">
        Estimates against the prompt
      </h2>
      {load.status === 'loading' || load.status === 'idle' ? (
        <p className="muted">Comparing…</p>
      ) : load.status === 'failed' ? (
        <p className="review-failed">The comparison could not be made: {load.error}</p>
      ) : !load.value.promptFound ? (
        <p className="muted">This prompt is no longer in the library, so there are no figures to compare with.</p>
      ) : load.value.items.length === 0 ? (
        <p className="muted">No line was marked as an estimate, and this prompt holds no figures to check.</p>
      ) : (
        <>
          {counts.fine + counts.warning + counts.flagged > 0 && (
            <p className="review-summary">
              {(['fine', 'warning', 'flagged'] as const)
                .filter((v) => counts[v] > 0)
                .map((v) => (
                  <span key={v} className={`review-count review-count-${v}`}>
                    {counts[v]} {VERDICT_LABEL[v].toLowerCase()}
                  </span>
                ))}
            </p>
          )}
          {load.value.items.every((i) => i.kind === 'not-estimated') && (
            <p className="muted">No line of the pad was marked as one of these estimates. The prompt’s own figures:</p>
          )}
          <ul className="review-list">
            {load.value.items.map((item, i) => (
              <ReviewRow key={`${item.kind}-${item.lineId ?? item.tag}-${i}`} item={item} />
            ))}
          </ul>
          <p className="review-rule">Within 3× of the prompt’s figure is fine, within 10× a warning, beyond that flagged.</p>
        </>
      )}
    </section>
  );
}

/** Which line the estimate was taken from, and how. */
function whereText(item: EstimateReviewItem, line: number): string {
  if (item.taken === 'ratio' && item.lines?.length === 2) return `reads ÷ writes, lines ${item.lines[0]} and ${item.lines[1]}`;
  const how = item.taken === 'value' ? ' (matched by value)' : item.inferred ? ' (tag from the name)' : '';
  return `${item.name ? `${item.name}, ` : ''}line ${line}${how}`;
}

function ReviewRow({ item }: { item: EstimateReviewItem }) {
  const tone = item.kind === 'compared' ? (item.verdict ?? 'fine') : item.kind === 'not-estimated' ? 'missing' : 'neutral';
  const badge =
    item.kind === 'compared' && item.verdict
      ? VERDICT_LABEL[item.verdict]
      : item.kind === 'mismatch'
        ? 'Not comparable'
        : item.kind === 'no-reference'
          ? 'No figure'
          : 'Not estimated';
  const where = item.line === undefined ? undefined : whereText(item, item.line);
  return (
    <li className={`review-item review-${tone}`}>
      <div className="review-head">
        <span className="review-tag">{TAG_LABEL[item.tag]}</span>
        <span className={`review-verdict review-verdict-${tone}`}>{badge}</span>
      </div>
      {where && <div className="review-where">{where}</div>}
      <dl className="review-figures">
        {item.estimate && (
          <>
            <dt>Yours</dt>
            <dd>{item.estimate.display}</dd>
          </>
        )}
        {item.reference && (
          <>
            <dt>Prompt</dt>
            <dd>
              {item.reference.quantity?.display ?? item.reference.value}
              <span className="review-ref-source" title={item.reference.note}>
                {' '}
                {item.reference.name}
                {item.reference.quantity ? ` · ${item.reference.value}` : ''}
              </span>
            </dd>
          </>
        )}
      </dl>
      {item.message && (tone === 'warning' || tone === 'flagged' || tone === 'neutral') && <p className="review-message">{item.message}</p>}
    </li>
  );
}
