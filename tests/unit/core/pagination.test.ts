import { describe, expect, it } from 'vitest';
import { paginate } from '@/core/pagination';

describe('paginate', () => {
  it('cuts a list into full pages and a last partial one', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2);
    expect(pages.map((p) => p.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages.map((p) => p.number)).toEqual([1, 2, 3]);
    expect(pages.every((p) => p.total === 3)).toBe(true);
  });

  it('gives one empty page for an empty list', () => {
    expect(paginate([], 10)).toEqual([{ number: 1, total: 1, items: [] }]);
  });

  it('gives exactly one page when the list fills it', () => {
    expect(paginate([1, 2], 2)).toHaveLength(1);
  });

  it('refuses a page size that is not a positive integer', () => {
    expect(() => paginate([1], 0)).toThrow();
  });
});
