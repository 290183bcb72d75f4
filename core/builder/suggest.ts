/** "Did you mean …?" for unknown parameter names. */

const normalize = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * The declared name closest to `given`, or undefined if none is close.
 * Case, underscores and dashes are ignored first (`instanceID`, `InstanceId`, `instance_id`
 * → `instanceId`); then small typos are tolerated (edit distance ≤ max(1, length/4)).
 */
export function closestName(given: string, names: Iterable<string>, wireNames?: ReadonlyMap<string, string>): string | undefined {
  const g = normalize(given);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const name of names) {
    if (normalize(name) === g) return name;
    const d = editDistance(g, normalize(name));
    if (d < bestDistance) {
      bestDistance = d;
      best = name;
    }
  }
  const wireMatch = wireNames?.get(given);
  if (wireMatch) return wireMatch;
  return bestDistance <= Math.max(1, Math.floor(g.length / 4)) ? best : undefined;
}

/** Optimal-string-alignment distance: insertions, deletions, substitutions and adjacent swaps cost 1. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}
