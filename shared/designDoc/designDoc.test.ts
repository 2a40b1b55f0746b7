import { describe, expect, it } from 'vitest';
import { fold } from '../session/reduce';
import type { SessionEvent } from '../session/events';
import { SessionBuilder, arrow, box } from '../rubric/testing/builder';
import { beforeEnd } from '../rubric/testing/edit';
import { FIXTURE_SESSIONS, urlShortener } from '../rubric/testing/fixtures';
import { designDocument, type DesignDocInput } from './designDoc';

const IMAGES = { kind: 'images', svg: 'diagram.svg', png: 'diagram.png' } as const;
const strong = FIXTURE_SESSIONS.strong;
const strongDoc = designDocument({ state: fold(strong.events), brief: strong.prompt.brief, diagram: IMAGES });

/** The text of one `## ` section, up to the next. */
function section(doc: string, title: string): string {
  const parts = doc.split(/^## /m);
  const found = parts.find((p) => p.startsWith(`${title}\n`));
  if (found === undefined) throw new Error(`no section "${title}" in:\n${doc}`);
  return found;
}

const headings = (doc: string) => [...doc.matchAll(/^## (.+)$/gm)].map((m) => m[1]);

function docOf(events: SessionEvent[], input: Partial<DesignDocInput> = {}): string {
  return designDocument({ state: fold(events), ...input });
}

describe('the design document of a session', () => {
  it('opens with the prompt title, the date, the level and the brief', () => {
    expect(strongDoc.startsWith('# Design a URL Shortener\n\n')).toBe(true);
    expect(strongDoc).toMatch(/^- \*\*Date:\*\* \d{1,2} January 2026$/m);
    expect(strongDoc).toContain('- **Level:** Senior');
    expect(section(strongDoc, 'The problem')).toContain('> We want a service like bit.ly');
  });

  it('reads in the order of a design doc, with each phase’s work in its section', () => {
    expect(headings(strongDoc)).toEqual([
      'The problem',
      'Requirements',
      'Estimates',
      'API',
      'Data model',
      'High-level design',
      'Deep dive',
      'Bottlenecks',
      'Trade-offs',
      'Risks',
      'Open questions',
    ]);
  });

  it('lists the requirements by kind, each non-functional one with its quality, and the questions with their replies', () => {
    const requirements = section(strongDoc, 'Requirements');
    expect(requirements).toContain('### Functional\n\n- Turn a long URL into a short code\n');
    expect(requirements).toContain('- **Latency:** Redirect p99 under 50 ms at the service');
    expect(requirements).toContain('### Out of scope\n\n- Custom aliases, click analytics and user accounts');
    expect(requirements).toContain('### Assumptions\n\n- No need to deduplicate the same long URL');
    expect(requirements).toContain('- **Q:** How many links are created per day?\\\n  **A:** About 10 million new links a day.');
  });

  it('shows each pad line with what it came to, and each conclusion right under the line it rests on', () => {
    const estimates = section(strongDoc, 'Estimates');
    expect(estimates).toContain('- `writes = 10M/day` → **116 /s** (write QPS)');
    expect(estimates).toContain(
      '- `storage = links * 500 B` → **9.13 TB** (storage)\n  - **Conclusion:** About 9 TB over five years: a partitioned key-value store holds it easily\n',
    );
  });

  it('keeps a conclusion tied to no line, and says when a line could not be worked out', () => {
    const events = new SessionBuilder(urlShortener).start().line('qps = 10M/day').line('nonsense = 5 furlongs +').conclude('One database is enough').end().build();
    const estimates = section(docOf(events), 'Estimates');
    expect(estimates).toMatch(/- `nonsense = 5 furlongs \+` → \*not worked out: .+\*/);
    expect(estimates).toContain('**Conclusions**\n\n- One database is enough');
  });

  it('tables the API with the main path marked, and the data model with store and reason', () => {
    const api = section(strongDoc, 'API');
    expect(api).toContain('| Operation | Purpose | Main path |');
    expect(api).toContain('| `GET /{code} -> 302 Location` | Redirect a visitor; 404 unknown, 410 expired | **yes** |');
    expect(api).toMatch(/\| `POST \/api\/links .*` \| Create a short link \| no \|/);
    expect(section(strongDoc, 'Data model')).toContain(
      '| Link | `code (key), long_url, created_at, expires_at` | key-value store | Only exact lookups by code, and random codes spread evenly over partitions |',
    );
  });

  it('puts the narrative and the diagram image, with its components in words, under the high-level design', () => {
    const high = section(strongDoc, 'High-level design');
    expect(high).toContain('1. A click goes browser, CDN, load balancer');
    expect(high).toContain('![Diagram of the high-level design](diagram.svg)');
    expect(high).toContain('[diagram.png](diagram.png)');
    expect(high).toContain('- Browser → CDN edge');
  });

  it('points at the Excalidraw scene when there are no images, and says so when nothing was drawn', () => {
    const scene = designDocument({ state: fold(strong.events), diagram: { kind: 'scene', file: 'URL shortener (final).excalidraw' } });
    expect(section(scene, 'High-level design')).toContain('(URL%20shortener%20%28final%29.excalidraw)');
    expect(scene).not.toContain('![');

    const events = new SessionBuilder(urlShortener).start().note({ list: 'functional', text: 'Shorten a link' }).end().build();
    const blank = docOf(events, { diagram: IMAGES });
    expect(section(blank, 'High-level design')).toContain('*No diagram was drawn in this session.*');
    expect(blank).not.toContain('diagram.svg');
  });

  it('orders bottlenecks 10x before 100x and marks one without a remedy', () => {
    const events = new SessionBuilder(urlShortener)
      .start()
      .note({ list: 'bottleneck', scale: '100x', what: 'Storage fills', remedy: 'Shard by code' })
      .note({ list: 'bottleneck', scale: '10x', what: 'Cache misses', remedy: '' })
      .end()
      .build();
    const table = section(docOf(events), 'Bottlenecks');
    expect(table.indexOf('| 10x | Cache misses | *no remedy written* |')).toBeGreaterThan(-1);
    expect(table.indexOf('| 10x |')).toBeLessThan(table.indexOf('| 100x | Storage fills | Shard by code |'));
  });

  it('writes each trade-off as a short decision record: context, decision, consequences', () => {
    expect(section(strongDoc, 'Trade-offs')).toContain(
      [
        '### Decision: Key-value store',
        '',
        '- **Context (because):** Every read is an exact lookup by code',
        '- **Decision (chose):** Key-value store',
        '- **Consequences (gave up):** Joins and ad-hoc queries',
      ].join('\n'),
    );
  });

  it('marks the missing part of a trade-off and leaves out rows never typed into', () => {
    const events = new SessionBuilder(urlShortener)
      .start()
      .note({ list: 'tradeoff', chose: 'SQL', gaveUp: '', because: 'Joins' })
      .note({ list: 'tradeoff', chose: '', gaveUp: ' ', because: '' })
      .note({ list: 'bottleneck', scale: '10x', what: '', remedy: '' })
      .end()
      .build();
    const doc = docOf(events);
    expect(doc.match(/### Decision/g)).toHaveLength(1);
    expect(doc).toContain('- **Consequences (gave up):** *not written*');
    expect(headings(doc)).not.toContain('Bottlenecks');
  });

  it('leaves out the sections a session has nothing for, but always says what became of the diagram', () => {
    const events = new SessionBuilder(urlShortener).start().note({ list: 'functional', text: 'Shorten a link' }).end().build();
    expect(headings(docOf(events))).toEqual(['Requirements', 'High-level design']);
  });

  it('puts each phase’s free-text notes under its section, and those of a phase of no kind at the end', () => {
    let events = new SessionBuilder(urlShortener).start().note({ list: 'functional', text: 'Shorten a link' }).end().build();
    events = beforeEnd(events, { type: 'notes.changed', payload: { phase: 'clarify', text: 'Mostly reads.\nKeep it simple.\n\n# Not a heading' } });
    const state = fold(events);
    const doc = designDocument({ state: { ...state, phases: [...state.phases, { ...state.phases[0]!, id: 'extra', title: 'Wrap-up', kind: undefined }], notes: { ...state.notes, extra: 'Thanks' } } });
    const requirements = section(doc, 'Requirements');
    expect(requirements).toContain(`### Notes from “${state.phases[0]!.title}”\n\nMostly reads.\\\nKeep it simple.\n\n\\# Not a heading`);
    expect(section(doc, 'Other notes')).toContain('### Notes from “Wrap-up”\n\nThanks');
  });

  it('keeps the candidate’s text literal: no heading, table split, link, emphasis or HTML comes from it', () => {
    const events = new SessionBuilder(urlShortener)
      .start()
      .note({ list: 'functional', text: '# Admin | *bold* [link](http://x) <script>' })
      .note({ list: 'entity', name: 'A|B', fields: 'id | name', store: null, why: '1. because_ *' })
      .end()
      .build();
    const doc = docOf(events);
    expect(doc).toContain('- \\# Admin | \\*bold\\* \\[link\\](http://x) \\<script\\>');
    expect(doc).toContain('| A\\|B | `id \\| name` | — | 1\\. because\\_ \\* |');
  });

  it('is the same text every time for the same session', () => {
    expect(designDocument({ state: fold(strong.events), brief: strong.prompt.brief, diagram: IMAGES })).toBe(strongDoc);
  });

  it('notes a session that had not ended', () => {
    const events = new SessionBuilder(urlShortener).start().wait(3).note({ list: 'functional', text: 'Shorten' }).build();
    expect(docOf(events)).toContain('- **Time:** 3 min of 45 min planned (the session had not ended: it is running)');
  });

  it('lists the diagram’s labelled parts and arrows in words', () => {
    const a = { id: 'api', x: 0, y: 0 };
    const b = { id: 'db', x: 300, y: 0 };
    const events = new SessionBuilder(urlShortener)
      .start()
      .draw(...box('api', 'API server', a.x, a.y), ...box('db', 'Postgres', b.x, b.y), arrow('a1', a, b))
      .end()
      .build();
    const high = section(docOf(events, { diagram: IMAGES }), 'High-level design');
    expect(high).toContain('**Components drawn:** API server, Postgres.');
    expect(high).toContain('- API server → Postgres');
  });
});
