/**
 * A projective version of a tree (head: -1 = root), by lifting: while some arc crosses
 * another, the dependent of the shortest crossing arc is re-attached to its head's head,
 * keeping its relation. Arc-eager can only build projective trees, and its oracle assumes one.
 */
export function projectivize(head: number[]): number[] {
  const h = head.slice();
  for (;;) {
    let worst = -1;
    let worstLen = Infinity;
    for (let d = 0; d < h.length; d++) {
      if (h[d] < 0 || !isNonProjective(h, d)) continue;
      const len = Math.abs(h[d] - d);
      if (len < worstLen) {
        worst = d;
        worstLen = len;
      }
    }
    if (worst < 0) return h;
    h[worst] = h[h[worst]];
  }
}

/** An arc is projective when its head dominates every token between head and dependent. */
function isNonProjective(h: number[], d: number): boolean {
  const lo = Math.min(d, h[d]);
  const hi = Math.max(d, h[d]);
  for (let k = lo + 1; k < hi; k++) {
    let a = k;
    while (a >= 0 && a !== h[d]) a = h[a];
    if (a !== h[d]) return true;
  }
  return false;
}
