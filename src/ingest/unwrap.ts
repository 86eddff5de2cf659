// Plain text wrapped at a fixed width (fold, mail, RSS, archives) breaks lines inside
// paragraphs, and the sentence splitter takes every line break for a boundary. A break is read
// as a space only in a text that shows a wrap width, and only where the line could not have
// taken the next word: titles, datelines, bylines and one-line paragraphs end short of the
// width, or are the text's own long lines, and keep their breaks. A text that shows no wrap
// width comes back as it is.
//
// One pass measures every line into typed arrays (a 50 MB article has a million lines), a
// second decides, and the text is copied only when a break is joined.

/** Wrap widths below this are columns or lists; above it, lines are paragraphs. */
const MIN_WIDTH = 30;
const MAX_WIDTH = 200;
/** Breaks that look wrapped: at least this many, and this share of the breaks between two text lines. */
const MIN_WRAPS = 2;
const MIN_WRAP_SHARE = 0.3;
/**
 * Share of those where the sentence plainly runs on: the line does not end one and the next
 * starts lower case. A wrapper breaks before any word, most of them lower case; one-line
 * paragraphs and lists of headlines of like length never do.
 */
const RUN_ON_WRAP_SHARE = 0.3;
/** Share of the wrapped-looking lines that end with a space for the text to mark its breaks so. */
const MARKED_SHARE = 0.8;
/** A line this long (share of the width) that does not end a sentence runs on into a lower-case line. */
const RUN_ON_SHARE = 0.6;
// The last character of a line that ends a sentence or a clause.
const ENDS_SENTENCE = /[.!?…:;»"”]/u;
const LOWER = /\p{Ll}/u;
// "- point", "• point", "1. point", "a) point": a list item starts its own line.
const LIST_ITEM = /^(?:[-*•·▪–—+]|\d{1,3}[.)]|[a-z][)])\s/u;

const isBlank = (c: number): boolean => c === 0x20 || c === 0x09;

/** UTF-8 length of text[from, to). */
function utf8Bytes(text: string, from: number, to: number): number {
  let n = to - from;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) n += 1;
    else if (c >= 0xd800 && c <= 0xdbff) n += 1; // a pair: 4 bytes for 2 units
    else if (c < 0xdc00 || c > 0xdfff) n += 2;
  }
  return n;
}

const OPEN = 1; // ends with a space or a tab, as `fold -s` and flowed mail leave a line they broke
const BLANK = 2;
const INDENTED = 4; // a tab or two spaces first: an indented paragraph (one space is what fold leaves of "fin.  Début")
const SPACED = 8; // holds a space between two words: a line that could have been wrapped

/** Each line's offsets and measures. */
interface Lines {
  count: number;
  /** Line i is text[start[i], end[i]); `content` ends before its trailing spaces, `body` starts after its indent. */
  start: Int32Array;
  end: Int32Array;
  body: Int32Array;
  content: Int32Array;
  /** Characters and UTF-8 bytes up to `content`. */
  chars: Int32Array;
  bytes: Int32Array;
  /** The same up to where the next word would start: the trailing spaces, or the one a wrapper took away. */
  reach: Int32Array;
  reachBytes: Int32Array;
  /** The first word, in characters and bytes: what would have had to fit on the line before. */
  word: Int32Array;
  wordBytes: Int32Array;
  flags: Uint8Array;
}

function measure(text: string): Lines {
  let count = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
  const L: Lines = {
    count,
    start: new Int32Array(count), end: new Int32Array(count), body: new Int32Array(count), content: new Int32Array(count),
    chars: new Int32Array(count), bytes: new Int32Array(count), reach: new Int32Array(count), reachBytes: new Int32Array(count),
    word: new Int32Array(count), wordBytes: new Int32Array(count), flags: new Uint8Array(count),
  };
  let from = 0;
  for (let k = 0; k < count; k++) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    let body = from;
    while (body < to && isBlank(text.charCodeAt(body))) body++;
    let content = to;
    while (content > body && isBlank(text.charCodeAt(content - 1))) content--;
    // Wrappers break at spaces and tabs, not at the no-break space of "« Non »".
    let wordEnd = body;
    while (wordEnd < content && !isBlank(text.charCodeAt(wordEnd))) wordEnd++;
    const bytes = utf8Bytes(text, from, content);
    const trailing = Math.max(1, to - content);
    let flags = 0;
    if (body === content) flags |= BLANK;
    else {
      if (to > content) flags |= OPEN;
      const c0 = text.charCodeAt(from);
      if (c0 === 0x09 || (c0 === 0x20 && text.charCodeAt(from + 1) === 0x20)) flags |= INDENTED;
      if (wordEnd < content) flags |= SPACED;
    }
    L.start[k] = from;
    L.end[k] = to;
    L.body[k] = body;
    L.content[k] = content;
    L.chars[k] = content - from;
    L.bytes[k] = bytes;
    L.reach[k] = content - from + trailing;
    L.reachBytes[k] = bytes + trailing;
    L.word[k] = wordEnd - body;
    L.wordBytes[k] = utf8Bytes(text, body, wordEnd);
    L.flags[k] = flags;
    from = to + 1;
  }
  return L;
}

/** The wrap width: the longest line that holds a space, in characters and in bytes. */
interface Width {
  chars: number;
  bytes: number;
  /**
   * The wrapper left a space at the end of the lines it broke (`fold -s`, flowed mail): then a
   * line without one ended where the text did, however long it is.
   */
  marked: boolean;
}

/**
 * The next line's first word would have overflowed line `a`. Mail and most wrappers count
 * characters, `fold` counts bytes: either will do. A wrapper also breaks before a word that
 * ends on the last column when a space follows it, hence `>=`.
 */
function overflows(L: Lines, a: number, w: Pick<Width, 'chars' | 'bytes'>): boolean {
  return L.reach[a] + L.word[a + 1] >= w.chars || L.reachBytes[a] + L.wordBytes[a + 1] >= w.bytes;
}

const endsSentence = (text: string, L: Lines, a: number): boolean => ENDS_SENTENCE.test(text[L.content[a] - 1]);

/** Line `a` does not end a sentence and the next one carries it on in lower case. */
const runsOn = (text: string, L: Lines, a: number): boolean => !endsSentence(text, L, a) && LOWER.test(text[L.body[a + 1]]);

/** Lines `a` and `a + 1` are both text, the second not indented. */
const isTextPair = (L: Lines, a: number): boolean => !(L.flags[a] & BLANK) && !(L.flags[a + 1] & (BLANK | INDENTED));

/** The wrap width when the lines look hard-wrapped, else null. */
function wrapWidth(text: string, L: Lines, mayJoin: (i: number) => boolean): Width | null {
  let chars = 0;
  let bytes = 0;
  for (let k = 0; k < L.count; k++) {
    // A line without a space (a long link) cannot be wrapped and does not count.
    if (!(L.flags[k] & SPACED)) continue;
    if (L.chars[k] > chars) chars = L.chars[k];
    if (L.bytes[k] > bytes) bytes = L.bytes[k];
  }
  if (chars < MIN_WIDTH || chars > MAX_WIDTH) return null;
  const w = { chars, bytes };
  let pairs = 0;
  let wraps = 0;
  let runOn = 0;
  let open = 0;
  for (let a = 0; a + 1 < L.count; a++) {
    if (!isTextPair(L, a) || !mayJoin(a)) continue;
    pairs++;
    if (!overflows(L, a, w)) continue;
    wraps++;
    if (runsOn(text, L, a)) runOn++;
    if (L.flags[a] & OPEN) open++;
  }
  if (runOn < MIN_WRAPS || runOn < wraps * RUN_ON_WRAP_SHARE || wraps < pairs * MIN_WRAP_SHARE) return null;
  return { ...w, marked: open >= wraps * MARKED_SHARE };
}

export interface UnwrapOptions {
  /** Whether line `i` may run on into line `i + 1` at all (Markdown: not out of a heading, not into a list item). */
  mayJoin?: (i: number) => boolean;
  /**
   * Markdown: a line break inside a paragraph is a space, wrapped text or not, unless the line
   * ends a sentence.
   */
  softBreaks?: boolean;
}

/**
 * Whether the break after line `a` is a space. After a full stop too, in wrapped text: "M." or
 * an open quotation must not be cut from what follows, and where the break was a paragraph's
 * end the sentence splitter still ends the sentence at the stop.
 */
function joins(text: string, L: Lines, a: number, w: Width | null, soft: boolean): boolean {
  if (!isTextPair(L, a)) return false;
  const finished = endsSentence(text, L, a);
  // A list item after a finished line is a new line, whatever the line's length.
  if (finished && LIST_ITEM.test(text.slice(L.body[a + 1], Math.min(L.body[a + 1] + 6, L.end[a + 1])))) return false;
  if (soft && !finished) return true;
  if (!w) return false;
  if (w.marked) return (L.flags[a] & OPEN) !== 0 && overflows(L, a, w);
  if (overflows(L, a, w)) return true;
  // Wrappers that even out the lines (fmt, par) break before a word that would have fitted.
  return runsOn(text, L, a) && L.chars[a] >= w.chars * RUN_ON_SHARE;
}

/**
 * The text as it read before it was wrapped. Where the wrapper kept the space at the break
 * (`fold -s`) the line break just goes, elsewhere it becomes one space: either way the text is
 * the one that was wrapped. Lines that do not look wrapped stay lines.
 */
export function unwrap(text: string, opts: UnwrapOptions = {}): string {
  const soft = opts.softBreaks ?? false;
  if (!text.includes('\n')) return text;
  const mayJoin = opts.mayJoin ?? (() => true);
  const L = measure(text);
  const w = wrapWidth(text, L, mayJoin);
  if (!w && !soft) return text;
  const parts: string[] = [];
  let from = 0;
  for (let a = 0; a + 1 < L.count; a++) {
    if (!mayJoin(a) || !joins(text, L, a, w, soft)) continue;
    const nl = L.end[a];
    parts.push(text.slice(from, nl));
    // The wrapper's own space is there already (at the end of this line or the start of the next).
    if (!(L.flags[a] & OPEN) && L.body[a + 1] === L.start[a + 1]) parts.push(' ');
    from = nl + 1;
  }
  if (parts.length === 0) return text;
  parts.push(text.slice(from));
  return parts.join('');
}
