import { performance } from 'node:perf_hooks';
import { understandQuestions } from '../shared/interviewer/understand';
import type { PromptSnapshot } from '../shared/session/exportFile';
import { percentile, round } from './stats';

/** Questions of every kind a candidate asks: everyday, slang, typos, two-part, rambling, off-script. */
const QUESTIONS = [
  'how many people make links each day?',
  'whats the read write ratio lookin like',
  'how fast does a redirect need to be',
  'do links ever expire or do we keep them forever?',
  'can folks pick their own custom alias?',
  'how mnay urls get shortend per day',
  'what availabilty are we targeting?',
  'how long do we keep links, and how fast must the redirect be?',
  'so I am wondering, if the same long url is submitted twice by two different people, do they both get the same short code back or a new one each time?',
  'how big is the engineering team?',
  'should I use cassandra or postgres?',
  'what characters can the short code use?',
  'is there any rate limiting for spammers?',
  'what is the p99 target',
  'how large is each record?',
  'can I write this in rust?',
];

export type AskBenchResult = {
  /** Indexing the prompt's answers once (the language model already loaded). */
  askIndexMs: number;
  /**
   * One question understood against that prompt: median and 95th percentile over fresh
   * questions, in CPU time of this process (on a shared machine the wall clock also counts the
   * time other programs had the processor)...
   */
  askMedianMs: number;
  askP95Ms: number;
  /** ...and the 95th percentile on the wall clock, for comparison. */
  askWallP95Ms: number;
};

/** Times understanding questions the way the interviewer service does: index once, then each question. */
export function benchAsk(prompt: PromptSnapshot, rounds = 40): AskBenchResult {
  // The model's first load is the app's start-up cost, not a question's.
  understandQuestions({ answers: [{ asks: ['warm up'], answer: 'warm up' }] })('warm up');
  let started = performance.now();
  const understand = understandQuestions(prompt);
  const askIndexMs = performance.now() - started;
  // One untimed pass: what is measured is a question in a running app, not the code's first run.
  for (const q of QUESTIONS) understand(`${q} warm`);
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let i = 0; i < rounds; i++) {
    for (const q of QUESTIONS) {
      // A number the matcher ignores makes each question new to the token memo, as a typed one is.
      const question = `${q} ${i}`;
      const before = process.cpuUsage();
      started = performance.now();
      understand(question);
      wall.push(performance.now() - started);
      const used = process.cpuUsage(before);
      cpu.push((used.user + used.system) / 1000);
    }
  }
  cpu.sort((a, b) => a - b);
  wall.sort((a, b) => a - b);
  return { askIndexMs: round(askIndexMs, 1), askMedianMs: round(percentile(cpu, 50)), askP95Ms: round(percentile(cpu, 95)), askWallP95Ms: round(percentile(wall, 95)) };
}
