import { describe, expect, it } from 'vitest';
import doc from '../../docs/rubric.md?raw';
import { calibrationSessions } from './calibration/set';
import { NOT_COUNTED_REASONS, rubricDoc } from './docs';
import { scoreSession } from './score';
import { officeNonsense } from './testing/cases';
import { FIXTURE_SESSIONS } from './testing/fixtures';
import { shippedPrompt } from './testing/prompts';

describe('docs/rubric.md', () => {
  it('is what the criteria objects say (rerun node scripts/make-rubric-docs.mjs)', () => {
    expect(doc).toBe(rubricDoc());
  });

  it('explains every reason a report gives for what it did not count', () => {
    const notifications = shippedPrompt('notifications');
    const reports = [
      ...[...calibrationSessions().values()].map((s) => scoreSession({ prompt: s.prompt, events: s.events, level: s.session.level })),
      scoreSession({ prompt: notifications, events: officeNonsense(notifications).build(), level: 'senior' }),
      scoreSession({ prompt: FIXTURE_SESSIONS.weak.prompt, events: FIXTURE_SESSIONS.weak.events, level: 'senior' }),
    ];
    let seen = 0;
    for (const r of reports) {
      for (const c of r.criteria) {
        for (const n of c.notCounted ?? []) {
          seen += 1;
          expect(NOT_COUNTED_REASONS.some((x) => n.reason.startsWith(x.starts)), `${c.id}: ${n.reason}`).toBe(true);
        }
      }
    }
    expect(seen).toBeGreaterThan(10);
    for (const x of NOT_COUNTED_REASONS) expect(doc).toContain(x.means);
    // Scores the whole calibration set, which grows: give it the time a loaded machine needs.
  }, 60_000);
});
