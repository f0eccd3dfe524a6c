import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../../src/lib/frontmatter';

describe('front matter', () => {
  it('keeps dates as the strings the editor typed, even impossible ones', () => {
    const data = parseFrontmatter('---\ndate: 2013-02-30\nupdated: 2013-10-21\n---\nCorps');
    expect(data).toEqual({ date: '2013-02-30', updated: '2013-10-21' });
  });

  it('gives an empty object when there is no front matter', () => {
    expect(parseFrontmatter('Juste du texte')).toEqual({});
  });

  it('fails on malformed YAML', () => {
    expect(() => parseFrontmatter('---\ntitle: "non fermé\n---\n')).toThrow();
  });
});
