import type { PromptSnapshot } from '../../shared/session/exportFile';
import type { SessionState } from '../../shared/session/state';
import { tradeoffText } from '../../shared/schemas/prompt';
import { Outline } from '../report/Outline';
import { Prose } from '../ui/Prose';
import { Curveballs } from './Curveballs';
import { ScriptedAnswers } from './ScriptedAnswers';

/** The prompt as only the partner sees it: the brief, then what the candidate does not see, clearly marked. */
export function PromptColumn({ prompt, state, onSendScripted }: { prompt: PromptSnapshot; state: SessionState; onSendScripted(answer: number): void }) {
  const phase = state.phases[state.phaseIndex]!;
  const probes = phase.kind ? (prompt.probes[phase.kind] ?? []) : [];
  return (
    <>
      <section className="console-section" aria-labelledby="console-brief">
        <h2 id="console-brief">The brief</h2>
        <Prose text={prompt.brief} className="console-brief" />
      </section>

      <section className="console-section console-probes" aria-labelledby="console-probes">
        <h2 id="console-probes">Probes for {phase.title}</h2>
        {probes.length === 0 ? (
          <p className="muted">The prompt has no probes for this phase.</p>
        ) : (
          <ul>
            {probes.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        )}
      </section>

      <div className="console-hidden" role="group" aria-labelledby="console-hidden-title">
        <h2 id="console-hidden-title" className="console-hidden-title">
          Hidden from the candidate
        </h2>

        <Curveballs curveballs={prompt.curveballs} state={state} />

        <section className="console-section" aria-labelledby="console-answers">
          <h3 id="console-answers">Scripted answers</h3>
          <p className="console-hint">Send sends the answer as written, with the question heard if you typed it in the answer form.</p>
          <ScriptedAnswers answers={prompt.answers} state={state} onSend={onSendScripted} />
        </section>

        <FactList id="console-components" title="Expected components" empty="The prompt lists no components.">
          {prompt.components.map((c, i) => (
            <li key={i}>
              <strong>{c.kind}</strong>: {c.why}
            </li>
          ))}
        </FactList>

        <FactList id="console-tradeoffs" title="Trade-offs" empty="The prompt lists no trade-offs.">
          {prompt.tradeoffs.map((t, i) => (
            <li key={i}>{tradeoffText(t)}</li>
          ))}
        </FactList>

        <FactList id="console-deep-dives" title="Deep-dive topics" empty="The prompt lists no deep-dive topics.">
          {prompt.deepDives.map((t, i) => (
            <li key={i}>{t}</li>
          ))}
        </FactList>

        <details className="console-section console-outline">
          <summary>Reference outline</summary>
          <Outline markdown={prompt.outline} />
        </details>
      </div>
    </>
  );
}

function FactList({ id, title, empty, children }: { id: string; title: string; empty: string; children: React.ReactNode[] }) {
  return (
    <section className="console-section" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children.length === 0 ? <p className="muted">{empty}</p> : <ul className="console-facts">{children}</ul>}
    </section>
  );
}
