import type { Quality } from '../notes/item';
import type { PromptSnapshot } from '../session/exportFile';
import { haystack, mentions } from './text';

/**
 * What a tip may want an example of. Every example comes from the session's own prompt; when
 * the prompt has none to give, there is no example and the tip stays general, never borrowing
 * another prompt's ("p99 redirect under 50 ms" has no place in a chat service's report).
 */
export type ExampleWanted =
  | { of: 'quality'; quality: Quality }
  | { of: 'bottleneck'; besides: readonly string[] }
  | { of: 'tradeoff' }
  | { of: 'deep-dive' }
  | { of: 'component' };

/** A phrase with a latency or availability figure in it, for a quality target. */
// A clause: up to a comma, semicolon, bracket or full stop (a decimal point, as in 99.9, is not one).
const TARGET: Partial<Record<Quality, RegExp>> = {
  latency: /(?:[^;,.()]|\.(?=\d))*\b\d+\s?ms\b(?:[^;,.()]|\.(?=\d))*/i,
  availability: /(?:[^;,.()]|\.(?=\d))*\b99(?:\.9+)?\s?%(?:[^;,.()]|\.(?=\d))*/,
};

/** "Hot key" → "hot key", but "DNS" stays "DNS". */
const inSentence = (s: string) => (/^[A-Z][a-z]/.test(s) ? `${s[0]!.toLowerCase()}${s.slice(1)}` : s);

/** The outline's section under a `## ` heading that starts with `title`, up to the next heading. */
function section(outline: string, title: string): string {
  const lines = outline.split('\n');
  const start = lines.findIndex((l) => l.toLowerCase().startsWith(`## ${title.toLowerCase()}`));
  if (start === -1) return '';
  const end = lines.findIndex((l, i) => i > start && l.startsWith('## '));
  return lines.slice(start + 1, end === -1 ? undefined : end).join('\n');
}

const clean = (s: string) => s.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();

/**
 * The one place a tip's example is chosen: from the prompt's reference answer when it has one,
 * else from its outline and front matter.
 */
export function promptExample(prompt: PromptSnapshot, wanted: ExampleWanted): string | undefined {
  switch (wanted.of) {
    case 'quality': {
      // The prompt's reference answer states its targets outright; older prompts only in prose.
      const target = prompt.reference?.qualities.find((q) => q.quality === wanted.quality)?.target;
      if (target) return clean(target);
      const pattern = TARGET[wanted.quality];
      if (!pattern) return undefined;
      // Only the outline's list of qualities: the interviewer's answers are conversation, not targets to quote.
      const qualities = /\*\*Qualities:\*\*([^\n]*)/.exec(prompt.outline)?.[1] ?? '';
      const phrase = pattern.exec(qualities)?.[0];
      return phrase && clean(phrase).split(' ').length >= 3 ? clean(phrase) : undefined;
    }
    case 'bottleneck': {
      const said = haystack(...wanted.besides);
      const named = prompt.reference?.bottlenecks.find((b) => !mentions(said, b.what))?.what;
      if (named) return inSentence(named);
      // The bolded heads of the outline's bottleneck bullets, other than the scales themselves.
      const heads = [...section(prompt.outline, 'Bottlenecks').matchAll(/^- \*\*([^*]+?):?\*\*/gm)].map((m) => clean(m[1]!).replace(/:$/, ''));
      const head = heads.find((h) => !/^\d+x\b/i.test(h) && !mentions(said, h));
      return head === undefined ? undefined : inSentence(head);
    }
    case 'tradeoff': {
      const first = prompt.tradeoffs[0];
      if (!first) return undefined;
      // A structured trade-off names its two options; an older sentence is cut before its
      // reasons: up to "because", a colon or a comma outside brackets.
      if (typeof first !== 'string') return `${first.chose} over ${first.over}`;
      const choice = clean(first.split(/\s+because\s+|:\s|,\s(?![^(]*\))/i)[0]!);
      return / over /i.test(choice) && choice.split(' ').length <= 16 ? choice : undefined;
    }
    case 'deep-dive': {
      const topic = prompt.deepDives[0];
      return topic === undefined ? undefined : inSentence(clean(topic.split(':')[0]!));
    }
    case 'component': {
      const c = prompt.components[0];
      return c?.kind;
    }
  }
}
