/** Sessions left out for now: their reports by today's rubric are being made, and they join the charts when ready. */
export function Scoring({ count, version }: { count: number; version: string }) {
  return (
    <p className="muted progress-scoring" role="status">
      {count === 1 ? 'One session is' : `${count} sessions are`} being scored with rubric {version}; {count === 1 ? 'it appears' : 'they appear'} here when ready.
    </p>
  );
}
