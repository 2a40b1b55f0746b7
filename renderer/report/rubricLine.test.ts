import { describe, expect, it } from 'vitest';
import { rubricLine } from './rubricLine';

describe('the rubric line', () => {
  it('names the version and counts the sessions scored again, in words for one and many', () => {
    expect(rubricLine({ version: '2.0.0', rescored: 0 })).toBe('Scored with rubric 2.0.0');
    expect(rubricLine({ version: '2.0.0', rescored: 1 })).toBe('Scored with rubric 2.0.0; 1 older report rescored');
    expect(rubricLine({ version: '2.0.0', rescored: 3 })).toBe('Scored with rubric 2.0.0; 3 older reports rescored');
    expect(rubricLine({ version: '2.0.0', rescored: 3 }, 2)).toBe('Scored with rubric 2.0.0; 2 older reports rescored');
  });
});
