import { describe, expect, it } from 'vitest';
import { memoize } from '@/core/memoize';

describe('memoize', () => {
  it('computes once per key and gives the same result back', () => {
    let calls = 0;
    const double = memoize((n: number) => {
      calls += 1;
      return { value: n * 2 };
    });
    expect(double(2)).toBe(double(2));
    expect(double(3).value).toBe(6);
    expect(calls).toBe(2);
  });

  it('keys by what keyOf names, so a new version of the same item is computed again', () => {
    const seen: string[] = [];
    const render = memoize(
      (item: { id: string; digest: string }) => {
        seen.push(item.digest);
        return `${item.id}@${item.digest}`;
      },
      (item) => `${item.id} ${item.digest}`,
    );
    render({ id: 'a', digest: '1' });
    render({ id: 'a', digest: '1' });
    expect(render({ id: 'a', digest: '2' })).toBe('a@2');
    expect(seen).toEqual(['1', '2']);
  });

  it('remembers undefined results too', () => {
    let calls = 0;
    const nothing = memoize((key: string) => {
      calls += key.length;
      return undefined;
    });
    nothing('x');
    nothing('x');
    expect(calls).toBe(1);
  });
});
