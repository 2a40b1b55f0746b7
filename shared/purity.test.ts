import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function problemsIn(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('the lint rule that keeps shared/ pure', () => {
  it.each([
    ["import { useState } from 'react';\nexport const x = useState;", /no-restricted-imports.*no React/],
    ["import { app } from 'electron';\nexport const x = app;", /no-restricted-imports.*no Electron/],
    ["import { readFile } from 'node:fs';\nexport const x = readFile;", /no-restricted-imports.*no Node modules/],
    ["import { join } from 'path';\nexport const x = join;", /no-restricted-imports.*no Node modules/],
    ['export const width = window.innerWidth;', /no-restricted-globals.*no DOM globals/],
    ["export const el = document.createElement('div');", /no-restricted-globals.*no DOM globals/],
    ['export const env = process.env;', /no-restricted-globals.*no Node globals/],
  ])('fails %j', async (code, expected) => {
    const problems = await problemsIn(code, 'shared/example.ts');
    expect(problems.join('\n')).toMatch(expected);
  });

  it("tells a local module from Node's of the same name", async () => {
    expect(await problemsIn("import { a } from './events';\nexport const x = a;", 'shared/session/example.ts')).toEqual([]);
    const reachingOut = "import { a } from '../../node/services/x';\nexport const x = a;";
    expect((await problemsIn(reachingOut, 'shared/session/example.ts')).join()).toMatch(/nothing outside shared/);
  });

  it('passes pure TypeScript', async () => {
    const code = "import { z } from 'zod';\nexport const n = z.number();\nexport const at = (now: number) => new Date(now).toISOString();\n";
    expect(await problemsIn(code, 'shared/example.ts')).toEqual([]);
  });

  it('applies only to shared/: the Node side may use node:fs', async () => {
    const code = "import { readFile } from 'node:fs';\nexport const x = readFile;\n";
    expect(await problemsIn(code, 'node/services/example.ts')).toEqual([]);
  });
});
