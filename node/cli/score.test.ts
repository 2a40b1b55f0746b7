import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Report } from '../../shared/rubric/report';
import { runCli } from './testing/runCli';
import { formatScore } from './scoreFormat';
import { filesOf, useScoredSessions } from './testing/scoredSessions';

const appWithSession = useScoredSessions();
const NOW = Date.UTC(2026, 10, 23, 12, 0, 0);

const cli = (argv: string[], cwd: string) => runCli(argv, { now: () => NOW, cwd, builtinPromptsDir: 'prompts' });

async function scoreJson(argv: string[], cwd: string): Promise<Report> {
  const { code, out, err } = await cli(['score', ...argv, '--json'], cwd);
  expect(err).toBe('');
  expect(code).toBe(0);
  return Report.parse(JSON.parse(out));
}

describe('designdrill score', () => {
  it("prints the app's report for the session folder, its export file and its id alike, changing nothing", async () => {
    const { dataDir, services, id, folder, outDir } = await appWithSession();
    const { report: app } = await services.handlers['session.report']({ id });
    const before = await filesOf(dataDir);

    const fromFolder = await scoreJson([folder], outDir);
    expect(fromFolder).toEqual({ ...app, scoredAt: NOW });
    expect(await filesOf(dataDir)).toEqual(before);

    expect((await cli(['export', id, '--data-dir', dataDir], outDir)).code).toBe(0);
    expect(await scoreJson([`${id}.designdrill.json`], outDir)).toEqual(fromFolder);
    expect(await scoreJson([id, '--data-dir', dataDir], outDir)).toEqual(fromFolder);
  });

  it('scores for another level with --level', async () => {
    const { folder, outDir } = await appWithSession();
    expect((await scoreJson([folder], outDir)).level).toBe('staff');
    expect((await scoreJson([folder, '--level', 'mid'], outDir)).level).toBe('mid');
    expect(await cli(['score', folder, '--level', 'principal'], outDir)).toMatchObject({ code: 2, err: 'designdrill: --level must be mid, senior or staff, not "principal"\n' });
  });

  it('prints the text report, and warns when the session has not ended', async () => {
    const { id, folder, outDir } = await appWithSession({ end: false });
    const { code, out, err } = await cli(['score', folder], outDir);
    expect(code).toBe(0);
    expect(err).toBe(`designdrill: warning: session ${id} has not ended (it is running); scored as it stands\n`);
    expect(out).toMatch(/^Design a URL Shortener \[url-shortener\]\nBand {5}.+ for Staff, \d\.\d of 4 overall\n/);
  });

  it('says what is wrong with a source it cannot score', async () => {
    const { outDir } = await appWithSession();
    expect(await cli(['score', 'nowhere'], outDir)).toMatchObject({ code: 1, err: 'designdrill: no session folder, export file or session id "nowhere"\n' });
    await writeFile(join(outDir, 'bad.json'), JSON.stringify({ format: 'designdrill.session', version: 2 }));
    expect((await cli(['score', 'bad.json'], outDir)).err).toBe(`designdrill: ${join(outDir, 'bad.json')} is not a DesignDrill export file: field "version": Invalid input: expected 1\n`);
    expect((await cli(['score', outDir], outDir)).err).toBe(`designdrill: ${outDir} is not a session folder: it has no events.jsonl\n`);
  });
});

describe('the text report', () => {
  const report: Report = {
    rubricVersion: '1.0.0',
    scoredAt: NOW,
    level: 'senior',
    band: 'lean hire',
    overall: 2.46,
    criteria: [
      {
        id: 'scope',
        name: 'Scope',
        weight: 1,
        score: 3,
        descriptor: 'Clear scope with qualities.',
        evidence: [
          { kind: 'note', text: 'Shorten a long URL', t: 65_000, positive: true },
          { kind: 'missing', text: 'No out-of-scope item', t: null, positive: false },
        ],
        tip: 'Say what you leave out.',
      },
      { id: 'time', name: 'Time management', weight: 0.5, score: 4, descriptor: 'On time.', evidence: [], tip: '' },
    ],
    phases: [{ id: 'clarify', title: 'Clarify', plannedMs: 300_000, usedMs: 372_000 }],
    prompt: { id: 'url-shortener', title: 'Design a URL Shortener' },
    outline: '## Scope',
  };

  it('gives the band, a line per criterion with its evidence for and against and its tip, and the time per phase', () => {
    expect(formatScore(report)).toBe(
      [
        'Design a URL Shortener [url-shortener]',
        'Band     lean hire for Senior, 2.5 of 4 overall',
        'Rubric   1.0.0',
        '',
        'Scope  3/4 ###.  Clear scope with qualities.',
        '  +  1:05  Shorten a long URL',
        '  - none   No out-of-scope item',
        '  Tip: Say what you leave out.',
        '',
        'Time management  4/4 ####  On time.',
        '  (no evidence)',
        '',
        'Time',
        '  Phase    Planned  Used',
        '  Clarify     5:00  6:12',
        '',
      ].join('\n'),
    );
  });

  it('says when the prompt had no reference answer, so only general knowledge scored it', () => {
    const general = formatScore({ ...report, prompt: { ...report.prompt, hasReference: false } }).split('\n');
    expect(general.slice(0, 4)).toEqual([
      'Design a URL Shortener [url-shortener]',
      'Band     lean hire for Senior, 2.5 of 4 overall',
      'Rubric   1.0.0',
      'Note     This prompt has no reference answer, so it was scored with general system-design knowledge only.',
    ]);
    expect(formatScore({ ...report, prompt: { ...report.prompt, hasReference: true } })).toBe(formatScore(report));
  });
});
