import { Plan } from '../plan';

/** A small plan for tests: three phases of 5, 10 and 5 minutes. */
export const samplePlan: Plan = Plan.parse({
  id: 'sample',
  name: 'Sample',
  phases: [
    { id: 'clarify', title: 'Clarify', kind: 'clarify', minutes: 5 },
    { id: 'design', title: 'Design', kind: 'high-level', minutes: 10 },
    { id: 'wrap-up', title: 'Wrap up', kind: 'tradeoffs', minutes: 5 },
  ],
});

export const samplePrompt = { id: 'url-shortener', title: 'Design a URL Shortener' };
