/**
 * A prompt for paired-mode tests, as a file to import: two scripted answers and two
 * curveballs whose words are given, so a test can plant a string it then looks for.
 */
export function pairedPromptFile(o: { answers: [string, string]; curveballs: [string, string] }): { name: string; text: string } {
  const text = `---
id: paired-test
title: Design a Paired Test
difficulty: easy
tags: [test]
summary: A prompt for testing the interviewer's console.
brief: |
  Design something small.
answers:
  - asks: ["How many users are there?", "What scale is it?"]
    answer: "${o.answers[0]}"
  - asks: ["Do records expire?", "How long do we keep them?"]
    answer: "${o.answers[1]}"
figures:
  - name: Users
    value: "1M"
curveballs:
  - "${o.curveballs[0]}"
  - "${o.curveballs[1]}"
---
# Reference outline

A small service behind a cache.
`;
  return { name: 'paired-test.md', text };
}
