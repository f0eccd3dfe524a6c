import { describe, expect, it } from 'vitest';
import { pageWindow, paginate, type PageWindowItem } from '@/core/pagination';

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

/** A bar as readers see it: `[1, 2, '…', 8]`. */
const bar = (items: PageWindowItem[]) =>
  items.map((item) => (item.kind === 'page' ? item.number : '…'));

describe('pageWindow', () => {
  it('shows the one page of a one-page list', () => {
    expect(bar(pageWindow(1, 1))).toEqual([1]);
  });

  it('shows both pages of a two-page list, from either', () => {
    expect(bar(pageWindow(1, 2))).toEqual([1, 2]);
    expect(bar(pageWindow(2, 2))).toEqual([1, 2]);
  });

  it('leaves out the pages far from the current one in a list of 7', () => {
    expect(bar(pageWindow(1, 7))).toEqual([1, 2, 3, '…', 7]);
    expect(bar(pageWindow(7, 7))).toEqual([1, '…', 5, 6, 7]);
    // From the middle, every page is near the current one.
    expect(bar(pageWindow(4, 7))).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('shows a single page left out rather than a gap, in a list of 8', () => {
    expect(bar(pageWindow(4, 8))).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(bar(pageWindow(5, 8))).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(bar(pageWindow(3, 8))).toEqual([1, 2, 3, 4, 5, '…', 8]);
    expect(bar(pageWindow(1, 8))).toEqual([1, 2, 3, '…', 8]);
    expect(bar(pageWindow(8, 8))).toEqual([1, '…', 6, 7, 8]);
  });

  it('puts a gap on each side of the current page in the middle of a long list', () => {
    expect(bar(pageWindow(500, 999))).toEqual([1, '…', 498, 499, 500, 501, 502, '…', 999]);
  });

  it('never gives more than nine items, whatever the length of the list', () => {
    for (const total of [1, 9, 10, 11, 50, 20_000]) {
      for (const current of new Set([1, 2, 3, 4, Math.ceil(total / 2), total - 1, total])) {
        if (current < 1 || current > total) continue;
        const items = pageWindow(current, total);
        expect(items.length, `${current}/${total}`).toBeLessThanOrEqual(9);
        const pages = bar(items).filter((n) => n !== '…');
        expect(pages, `${current}/${total}`).toContain(current);
        expect(pages[0]).toBe(1);
        expect(pages.at(-1)).toBe(total);
      }
    }
  });

  it('refuses a page outside the list', () => {
    expect(() => pageWindow(0, 3)).toThrow();
    expect(() => pageWindow(4, 3)).toThrow();
    expect(() => pageWindow(1, 0)).toThrow();
  });
});
