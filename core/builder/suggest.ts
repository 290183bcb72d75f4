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

export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const keep = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = keep;
    }
  }
  return prev[b.length];
}
