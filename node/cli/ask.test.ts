import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../services/testing/tempDir';
import { runCli } from './testing/runCli';

const tempDir = useTempDirs();

const prompt = (answers: string) => `---
id: tiny
title: Tiny
difficulty: easy
tags: [links]
summary: A small one.
brief: Design it.
answers:
${answers}
---
# Outline
`;

describe('designdrill ask <prompt> "question"', () => {
  it('prints the reply of a shipped prompt, what kind it is, and the top candidates with their scores and why', async () => {
    const { code, out, err } = await runCli(['ask', 'video-streaming', 'how', 'many', 'videos', 'get', 'uploaded', 'a', 'day?']);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^reply: About 500,000 uploads a day/);
    expect(lines[1]).toBe('answer: answer 1 (daily uploads)');
    expect(lines[3]).toMatch(/^ {2}\d\.\d\d {2}answer 1 \(daily uploads\): .*upload/);
    expect(lines.length).toBeGreaterThan(4);
  });

  it('shows "which do you mean" naming both topics, and the neutral reply when nothing fits', async () => {
    expect((await runCli(['ask', 'video-streaming', 'how many videos per day?'])).out).toMatch(/^reply: Do you mean daily viewers or daily uploads\?\nclarify: between answer 0 \(daily viewers\) and answer 1 \(daily uploads\)\n/);
    expect((await runCli(['ask', 'video-streaming', 'how big is the engineering team?'])).out).toMatch(/^reply: That is your call.*\nneutral: no scripted answer fits\n/);
  });

  it('reads a prompt file, and prints JSON with --json', async () => {
    const dir = await tempDir();
    const file = join(dir, 'tiny.md');
    await writeFile(file, prompt('  - asks: ["How many links per day?"]\n    answer: "Ten million."\n  - asks: ["Do links expire?"]\n    answer: "After five years."'));
    const { code, out } = await runCli(['ask', file, 'do links ever expire?', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ reply: 'After five years.', kind: 'answer', answers: [1] });
  });

  it('says what is wrong with the arguments', async () => {
    expect(await runCli(['ask'])).toMatchObject({ code: 2, err: expect.stringMatching(/ask needs a prompt id or file/) });
    expect(await runCli(['ask', 'video-streaming'])).toMatchObject({ code: 2, err: expect.stringMatching(/ask needs a question/) });
    expect(await runCli(['ask', 'no-such-prompt', 'how many?'])).toMatchObject({ code: 2, err: expect.stringMatching(/no prompt "no-such-prompt"/) });
  });
});

describe('designdrill prompts check: answers the interviewer cannot tell apart', () => {
  it('notes, without failing, answers whose phrasings get "which do you mean" between them, naming both', async () => {
    const dir = await tempDir();
    const file = join(dir, 'tiny.md');
    await writeFile(file, prompt('  - asks: ["How many links are created per day?"]\n    answer: "Ten million."\n  - asks: ["How many links per day are created?", "Do links expire?"]\n    answer: "After five years."'));
    const { code, out } = await runCli(['prompts', 'check', file]);
    expect(code).toBe(0);
    expect(out).toMatch(/tiny\.md: answers\.0: note: answer 0 \(links created per day\) is hard to tell apart: 1 of its 1 phrasings get "which do you mean" with answer 1 \(links per day created\)/);
  });

  it('passes answers that are told apart', async () => {
    const dir = await tempDir();
    const file = join(dir, 'tiny.md');
    await writeFile(file, prompt('  - asks: ["How many links are created per day?"]\n    answer: "Ten million."\n  - asks: ["Do links expire?", "How long do we keep links?"]\n    answer: "After five years."'));
    expect(await runCli(['prompts', 'check', file])).toEqual({ code: 0, out: '1 prompt ok, 0 problems\n', err: '' });
  });
});
