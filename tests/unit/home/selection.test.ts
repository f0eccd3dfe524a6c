import { describe, expect, it } from 'vitest';
import { homeSelection, uniqueContacts } from '@/home/selection';

describe('homeSelection', () => {
  it('features the newest release and lists the next ones up to the page size', () => {
    const releases = Array.from({ length: 25 }, (_, index) => `r${25 - index}`);
    const { featured, next } = homeSelection(releases, 10);
    expect(featured).toBe('r25');
    expect(next).toEqual(['r24', 'r23', 'r22', 'r21', 'r20', 'r19', 'r18', 'r17', 'r16']);
  });

  it('features a lone release with nothing after it, and nothing when there is none', () => {
    expect(homeSelection(['only'], 10)).toEqual({ featured: 'only', next: [] });
    expect(homeSelection([], 10)).toEqual({ next: [] });
  });
});

describe('uniqueContacts', () => {
  it('lists each contact once, in the order of the blocks', () => {
    const media = { id: 'relations-medias' };
    const direction = { id: 'direction' };
    expect(uniqueContacts([[media], [media, direction]])).toEqual([media, direction]);
  });
});
