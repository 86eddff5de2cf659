// Arc-eager transitions (Nivre 2003) with a virtual root on the bottom of the stack, and the
// cost of each transition against a gold tree (Goldberg & Nivre 2012's dynamic oracle): the
// number of gold arcs it makes unreachable. Cost lets training continue from the parser's own
// mistakes instead of only ever seeing perfect histories.

export const SHIFT = 0;
export const REDUCE = 1;
export const LEFT = 2;
export const RIGHT = 3;
export const NONE = -1;

export interface State {
  n: number;
  /** Index n is the virtual root. */
  root: number;
  stack: Int32Array;
  sp: number;
  /** Front of the buffer: tokens b..n-1 are still to come. */
  b: number;
  head: Int32Array;
  label: Int32Array;
  /** Leftmost and second leftmost children, rightmost and second rightmost; NONE if absent. */
  left1: Int32Array;
  left2: Int32Array;
  right1: Int32Array;
  right2: Int32Array;
  leftCount: Int32Array;
  rightCount: Int32Array;
  inStack: Uint8Array;
}

export function newState(n: number): State {
  const size = n + 1;
  const s: State = {
    n,
    root: n,
    stack: new Int32Array(size + 1),
    sp: 0,
    b: 0,
    head: new Int32Array(size).fill(NONE),
    label: new Int32Array(size).fill(NONE),
    left1: new Int32Array(size).fill(NONE),
    left2: new Int32Array(size).fill(NONE),
    right1: new Int32Array(size).fill(NONE),
    right2: new Int32Array(size).fill(NONE),
    leftCount: new Int32Array(size),
    rightCount: new Int32Array(size),
    inStack: new Uint8Array(size),
  };
  push(s, n);
  return s;
}

/**
 * A fresh state for a sentence of `n` words in `s`'s arrays when they are long enough, else a new
 * state: parsing reuses one state from sentence to sentence instead of allocating a dozen typed
 * arrays each time. Everything a state of `n` words reads ([0, n]) is reset.
 */
export function resetState(s: State | null, n: number): State {
  const size = n + 1;
  if (!s || s.head.length < size) return newState(n);
  s.n = n;
  s.root = n;
  s.sp = 0;
  s.b = 0;
  for (const a of [s.head, s.label, s.left1, s.left2, s.right1, s.right2]) a.fill(NONE, 0, size);
  for (const a of [s.leftCount, s.rightCount, s.inStack]) a.fill(0, 0, size);
  push(s, n);
  return s;
}

export const isTerminal = (s: State): boolean => s.b >= s.n;
export const top = (s: State): number => s.stack[s.sp - 1];

function push(s: State, x: number): void {
  s.stack[s.sp++] = x;
  s.inStack[x] = 1;
}

function pop(s: State): void {
  s.inStack[s.stack[--s.sp]] = 0;
}

// The root is leftmost in word order (it sits under everything on the stack), so its
// children count as right children.
function addArc(s: State, h: number, d: number, l: number): void {
  s.head[d] = h;
  s.label[d] = l;
  if (h !== s.root && d < h) {
    s.leftCount[h]++;
    if (s.left1[h] === NONE || d < s.left1[h]) {
      s.left2[h] = s.left1[h];
      s.left1[h] = d;
    } else if (s.left2[h] === NONE || d < s.left2[h]) s.left2[h] = d;
  } else {
    s.rightCount[h]++;
    if (s.right1[h] === NONE || d > s.right1[h]) {
      s.right2[h] = s.right1[h];
      s.right1[h] = d;
    } else if (s.right2[h] === NONE || d > s.right2[h]) s.right2[h] = d;
  }
}

/** Whether a move is allowed. The root takes one child only. */
export function canDo(s: State, move: number): boolean {
  const s0 = top(s);
  if (move === SHIFT) return s.b < s.n;
  if (move === REDUCE) return s0 !== s.root && s.head[s0] !== NONE;
  if (move === LEFT) return s.b < s.n && s0 !== s.root && s.head[s0] === NONE;
  return s.b < s.n && (s0 !== s.root || s.rightCount[s.root] === 0);
}

/** Makes a move; `label` names the arc of LEFT and RIGHT. */
export function apply(s: State, move: number, label: number): void {
  const s0 = top(s);
  if (move === SHIFT) push(s, s.b++);
  else if (move === REDUCE) pop(s);
  else if (move === LEFT) {
    addArc(s, s.b, s0, label);
    pop(s);
  } else {
    addArc(s, s0, s.b, label);
    push(s, s.b++);
  }
}

/**
 * Costs of the four moves (labels aside) against gold heads `gh` (root's children have
 * gh = n), written into `out` as [shift, reduce, left, right]; Infinity if not allowed.
 */
export function moveCosts(s: State, gh: Int32Array, out: Float64Array): void {
  const s0 = top(s);
  const b = s.b;
  const n = s.n;
  // Dependents of s0 still in the buffer (lost by reducing or left-attaching s0).
  let s0DepsInBuffer = 0;
  for (let k = b; k < n; k++) if (gh[k] === s0) s0DepsInBuffer++;
  // Headless stack words whose gold head is b (lost once b is pushed).
  let bDepsInStack = 0;
  for (let i = 0; i < s.sp; i++) {
    const k = s.stack[i];
    if (k !== s.root && s.head[k] === NONE && gh[k] === b) bDepsInStack++;
  }
  const rootOpen = s.rightCount[s.root] === 0;
  const bHeadReachableInStack = b < n && s.inStack[gh[b]] === 1 && (gh[b] !== s.root || rootOpen);

  out[0] = canDo(s, SHIFT) ? (bHeadReachableInStack ? 1 : 0) + bDepsInStack : Infinity;
  out[1] = canDo(s, REDUCE) ? s0DepsInBuffer : Infinity;
  if (canDo(s, LEFT)) {
    const s0HeadLater = gh[s0] > b && gh[s0] < n ? 1 : 0;
    out[2] = s0HeadLater + s0DepsInBuffer;
  } else out[2] = Infinity;
  if (canDo(s, RIGHT)) {
    const hb = gh[b];
    const headElsewhere = hb !== s0 && ((s.inStack[hb] === 1 && (hb !== s.root || rootOpen)) || (hb > b && hb < n)) ? 1 : 0;
    out[3] = headElsewhere + bDepsInStack;
  } else out[3] = Infinity;
}
