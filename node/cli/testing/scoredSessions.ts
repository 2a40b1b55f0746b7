import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';

import { samplePlan } from '../../../shared/session/testing/samplePlan';
import { type Services } from '../../services/services';
import { useServices } from '../../services/testing/useServices';
import { useTempDirs } from '../../services/testing/tempDir';

/**
 * For the export and score tests: ended sessions made through the app's own services (so
 * prompt.json is written as the app writes it), each with a few notes and a question.
 */
export function useScoredSessions() {
  const tempDir = useTempDirs();
  const { launch } = useServices();

  return async function appWithSession(options: { end?: boolean } = {}) {
    const dataDir = await tempDir();
    const services = await launch(dataDir);
    const h = services.handlers;
    await h['plan.save']({ plan: { ...samplePlan, id: 'score-test', builtin: false } });
    const { id } = await h['session.create']({ promptId: 'url-shortener', planId: 'score-test', mode: 'solo', level: 'staff' });
    const send = (command: Parameters<Services['handlers']['session.append']>[0]['command']) => h['session.append']({ id, command });
    await send({ type: 'start' });
    await send({ type: 'note.add', id: 'f1', index: 0, body: { list: 'functional', text: 'Shorten a long URL into a 7-character code' } });
    await send({ type: 'note.add', id: 'q1', index: 0, body: { list: 'non-functional', text: 'Redirects answer in under 50 ms', quality: 'latency' } });
    await send({ type: 'next' });
    await send({ type: 'note.add', id: 't1', index: 0, body: { list: 'tradeoff', chose: 'Key-value store', gaveUp: 'Joins', because: 'Every read is a lookup by code' } });
    if (options.end !== false) await send({ type: 'end' });
    return { dataDir, services, id, folder: join(dataDir, 'sessions', id), outDir: await tempDir() };
  };
}

/** Every file under `dir` with its bytes and mtime, to show a command changed nothing. */
export async function filesOf(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  const walk = async (folder: string) => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path);
      else files[relative(dir, path)] = `${(await readFile(path)).toString('base64')}@${(await stat(path)).mtimeMs}`;
    }
  };
  await walk(dir);
  return files;
}
