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
const TARGET: Partial<Record<Quality, RegExp>> = {
  latency: /[^;,.()]*\b\d+\s?ms\b[^;,.()]*/i,
  availability: /[^;,()]*\b99(?:\.9+)?\s?%[^;,()]*/,
};

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
      const qualities = /\*\*Qualities:\*\*([^\n]*)/.exec(prompt.outline)?.[1] ?? '';
      for (const text of [qualities, ...prompt.answers.map((a) => a.answer)]) {
        const phrase = pattern.exec(text)?.[0];
        if (phrase && clean(phrase).split(' ').length >= 3) return clean(phrase);
      }
      return undefined;
    }
    case 'bottleneck': {
      const said = haystack(...wanted.besides);
      const named = prompt.reference?.bottlenecks.find((b) => !mentions(said, b.what))?.what;
      if (named) return named.toLowerCase();
      // The bolded heads of the outline's bottleneck bullets, other than the scales themselves.
      const heads = [...section(prompt.outline, 'Bottlenecks').matchAll(/^- \*\*([^*]+?):?\*\*/gm)].map((m) => clean(m[1]!).replace(/:$/, ''));
      return heads.find((h) => !/^\d+x\b/i.test(h) && !mentions(said, h))?.toLowerCase();
    }
    case 'tradeoff': {
      const first = prompt.tradeoffs[0];
      if (!first) return undefined;
      // A structured trade-off names its two options; an older sentence is cut at "because".
      if (typeof first !== 'string') return `${first.chose} over ${first.over}`;
      const choice = first.split(/\s+because\s+/i)[0]!;
      return / over /i.test(choice) ? clean(choice) : undefined;
    }
    case 'deep-dive': {
      const topic = prompt.deepDives[0];
      return topic === undefined ? undefined : clean(topic.split(':')[0]!).toLowerCase();
    }
    case 'component': {
      const c = prompt.components[0];
      return c?.kind;
    }
  }
}
