// Plain text wrapped at a fixed width (fold, mail, RSS, archives) breaks lines inside
// paragraphs, and the sentence splitter takes every line break for a boundary. A break is read
// as a space only in a text that shows a wrap width, and only where the line could not have
// taken the next word: titles, datelines, bylines and one-line paragraphs end short of the
// width, or are the text's own long lines, and keep their breaks. A text that shows no wrap
// width comes back as it is.

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
// A line that ends a sentence or a clause.
const ENDS_SENTENCE = /[.!?…:;»"”]$/u;
const STARTS_LOWER = /^\p{Ll}/u;
// "- point", "• point", "1. point", "a) point": a list item starts its own line.
const LIST_ITEM = /^(?:[-*•·▪–—+]|\d{1,3}[.)]|[a-z][)])\s/u;

interface LineInfo {
  /** Characters and UTF-8 bytes, trailing spaces left out. */
  chars: number;
  bytes: number;
  /** The same up to where the next word would start: the trailing spaces, or the one space a wrapper took away. */
  reach: number;
  reachBytes: number;
  /** The first word, in characters and bytes: what would have had to fit on the line before. */
  wordChars: number;
  wordBytes: number;
  blank: boolean;
  /**
   * Starts with a tab or two spaces: an indented paragraph or block, never a wrapped
   * continuation (one space is what `fold -s` leaves of "fin.  Début").
   */
  indented: boolean;
  /** Ends with a space or a tab, as `fold -s` and flowed mail leave a line they broke. */
  open: boolean;
}

const encoder = new TextEncoder();
const utf8Length = (s: string): number => (/^[\x00-\x7f]*$/.test(s) ? s.length : encoder.encode(s).length);

function describe(line: string): LineInfo {
  const text = line.trimEnd();
  const body = text.trimStart();
  // Wrappers break at spaces and tabs, not at the no-break space of "« Non »".
  const space = body.search(/[ \t]/);
  const word = space < 0 ? body : body.slice(0, space);
  const bytes = utf8Length(text);
  const trailing = Math.max(1, line.length - text.length);
  return {
    chars: text.length,
    bytes,
    reach: text.length + trailing,
    reachBytes: bytes + trailing,
    wordChars: word.length,
    wordBytes: utf8Length(word),
    blank: body === '',
    indented: body !== '' && /^(?:\t| {2})/.test(line),
    open: body !== '' && text.length < line.length,
  };
}

/** The wrap width: the longest line in characters and in bytes. */
interface Width {
  chars: number;
  bytes: number;
  /**
   * The wrapper left a space at the end of the lines it broke (`fold -s`, flowed mail): then a
   * line without one ended where the text did, however long it is.
   */
  marked: boolean;
}

/** Lines without a space (a long link) cannot be wrapped and do not count. */
function longest(lines: string[], info: LineInfo[]): Pick<Width, 'chars' | 'bytes'> {
  let chars = 0;
  let bytes = 0;
  for (let i = 0; i < lines.length; i++) {
    if (info[i].blank || !/\S\s+\S/.test(lines[i])) continue;
    chars = Math.max(chars, info[i].chars);
    bytes = Math.max(bytes, info[i].bytes);
  }
  return { chars, bytes };
}

/**
 * The next line's first word would have overflowed this line. Mail and most wrappers count
 * characters, `fold` counts bytes: either will do. A wrapper also breaks before a word that
 * ends on the last column when a space follows it, hence `>=`.
 */
function overflows(a: LineInfo, b: LineInfo, w: Pick<Width, 'chars' | 'bytes'>): boolean {
  return a.reach + b.wordChars >= w.chars || a.reachBytes + b.wordBytes >= w.bytes;
}

/** The line does not end a sentence and the next one carries it on in lower case. */
const runsOn = (a: string, b: string): boolean => !ENDS_SENTENCE.test(a.trimEnd()) && STARTS_LOWER.test(b.trimStart());

const isTextPair = (a: LineInfo, b: LineInfo): boolean => !a.blank && !b.blank && !b.indented;

/** The wrap width when the lines look hard-wrapped, else null. */
function wrapWidth(lines: string[], info: LineInfo[], mayJoin: (i: number) => boolean): Width | null {
  const w = longest(lines, info);
  if (w.chars < MIN_WIDTH || w.chars > MAX_WIDTH) return null;
  let pairs = 0;
  let wraps = 0;
  let runOn = 0;
  let open = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!isTextPair(info[i], info[i + 1]) || !mayJoin(i)) continue;
    pairs++;
    if (!overflows(info[i], info[i + 1], w)) continue;
    wraps++;
    if (runsOn(lines[i], lines[i + 1])) runOn++;
    if (info[i].open) open++;
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
 * Whether the break between lines `a` and `b` is a space. After a full stop too, in wrapped
 * text: "M." or an open quotation must not be cut from what follows, and where the break was a
 * paragraph's end the sentence splitter still ends the sentence at the stop.
 */
function joins(aText: string, bText: string, a: LineInfo, b: LineInfo, w: Width | null, soft: boolean): boolean {
  if (!isTextPair(a, b)) return false;
  const aEnd = aText.trimEnd();
  const bStart = bText.trimStart();
  const finished = ENDS_SENTENCE.test(aEnd);
  // A list item after a finished line is a new line, whatever the line's length.
  if (finished && LIST_ITEM.test(bStart)) return false;
  if (soft && !finished) return true;
  if (!w) return false;
  if (w.marked) return a.open && overflows(a, b, w);
  if (overflows(a, b, w)) return true;
  // Wrappers that even out the lines (fmt, par) break before a word that would have fitted.
  return runsOn(aEnd, bStart) && a.chars >= w.chars * RUN_ON_SHARE;
}

/**
 * The lines as they read before they were wrapped. Where the wrapper kept the space at the
 * break (`fold -s`) the line break just goes, elsewhere it becomes one space: either way the
 * text is the one that was wrapped. Lines that do not look wrapped stay lines.
 */
export function unwrapLines(lines: string[], opts: UnwrapOptions = {}): string {
  const mayJoin = opts.mayJoin ?? (() => true);
  const soft = opts.softBreaks ?? false;
  const info = lines.map(describe);
  const w = wrapWidth(lines, info, mayJoin);
  if (!w && !soft) return lines.join('\n');
  const parts: string[] = [lines[0]];
  for (let i = 1; i < lines.length; i++) {
    if (!mayJoin(i - 1) || !joins(lines[i - 1], lines[i], info[i - 1], info[i], w, soft)) parts.push('\n', lines[i]);
    else if (info[i - 1].open || /^\s/.test(lines[i])) parts.push(lines[i]);
    else parts.push(' ', lines[i]);
  }
  return parts.join('');
}

/** Plain text with its hard-wrapped paragraphs joined; text that is not wrapped comes back unchanged. */
export function unwrap(text: string): string {
  return text.includes('\n') ? unwrapLines(text.split('\n')) : text;
}
