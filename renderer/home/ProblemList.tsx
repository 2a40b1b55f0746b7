import type { PromptProblem } from '../../shared/schemas/prompt';

/** Each problem as `file:line (field): message`, the way an editor finds it. */
export function ProblemList({ problems }: { problems: readonly PromptProblem[] }) {
  return (
    <ul className="problems">
      {problems.map((p, i) => (
        <li key={i}>
          <code>
            {p.file}
            {p.line ? `:${p.line}` : ''}
          </code>
          {p.field ? ` (${p.field})` : ''}: {p.message}
        </li>
      ))}
    </ul>
  );
}
