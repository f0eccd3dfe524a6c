/** The lines one text removes and adds against another, as a line-by-line diff shows them. */
export interface LineChanges {
  /** Lines of the first text that the second does not keep, with their 1-based numbers. */
  removed: { line: number; text: string }[];
  /** Lines of the second text that the first did not have, with their 1-based numbers. */
  added: { line: number; text: string }[];
}

/**
 * The changes from `before` to `after`, line by line: what is left once their longest
 * common subsequence of lines is set aside (what `git diff` counts, without its
 * heuristics). Small files only: it takes time and memory in the product of their
 * line counts.
 */
export function lineChanges(before: string, after: string): LineChanges {
  const a = before.split('\n');
  const b = after.split('\n');
  // common[i][j]: length of the longest common subsequence of a[i…] and b[j…].
  const common = Array.from({ length: a.length + 1 }, () =>
    new Array<number>(b.length + 1).fill(0),
  );
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      common[i]![j] =
        a[i] === b[j]
          ? common[i + 1]![j + 1]! + 1
          : Math.max(common[i + 1]![j]!, common[i]![j + 1]!);
    }
  }
  const changes: LineChanges = { removed: [], added: [] };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      i += 1;
      j += 1;
    } else if (j < b.length && (i === a.length || common[i]![j + 1]! >= common[i + 1]![j]!)) {
      changes.added.push({ line: j + 1, text: b[j]! });
      j += 1;
    } else {
      changes.removed.push({ line: i + 1, text: a[i]! });
      i += 1;
    }
  }
  return changes;
}
