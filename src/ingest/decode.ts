import iconv from 'iconv-lite';

export type Decoded =
  | {
      ok: true;
      text: string;
      encoding: string;
      /** Byte offsets in the file of invalid UTF-8 bytes read as U+FFFD (a few bad bytes do not cost the article). */
      replaced?: number[];
    }
  | { ok: false; message: string };

/**
 * Invalid UTF-8 bytes replaced rather than the file refused: under 0.1 % of the bytes, or up to
 * MAX_FEW_BAD_BYTES when they are under 1 %. A file in another encoding has one at nearly
 * every accented letter, far more.
 */
const BAD_BYTE_SHARE = 0.001;
const MAX_FEW_BAD_BYTES = 8;
const FEW_BAD_BYTES_SHARE = 0.01;
/** Characters that are not text (controls, lone surrogates, noncharacters) a UTF-16/32 decode may hold. */
const MAX_JUNK_SHARE = 0.01;

const SAMPLE = 64 * 1024;

const MAGIC: Array<[string, number[]]> = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['zip archive', [0x50, 0x4b, 0x03, 0x04]],
  ['zip archive', [0x50, 0x4b, 0x05, 0x06]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['gzip archive', [0x1f, 0x8b]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['7z archive', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
];

function startsWith(buf: Uint8Array, bytes: number[]): boolean {
  return buf.length >= bytes.length && bytes.every((b, i) => buf[i] === b);
}

/** Control bytes that never occur in text (tab, LF, FF, CR and ESC excluded). */
function isControl(b: number): boolean {
  return (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) || b === 0x7f;
}

/** Reasons to call the bytes binary before trying any text encoding, or null. */
function binaryKind(buf: Uint8Array): string | null {
  for (const [kind, bytes] of MAGIC) if (startsWith(buf, bytes)) return kind;
  const n = Math.min(buf.length, SAMPLE);
  let nul = 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    if (buf[i] === 0) nul++;
    else if (isControl(buf[i])) control++;
  }
  if (nul > 0) return 'NUL bytes';
  if (control / n > 0.05) return 'control characters';
  return null;
}

/** UTF-16 without a BOM shows up as every other byte being NUL in ASCII-heavy text. */
function bomlessUtf16(buf: Uint8Array): 'utf16le' | 'utf16be' | null {
  const n = Math.min(buf.length, SAMPLE) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenNul++;
    if (buf[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul / pairs > 0.9 && evenNul / pairs < 0.1) return 'utf16le';
  if (evenNul / pairs > 0.9 && oddNul / pairs < 0.1) return 'utf16be';
  return null;
}

/** Length of the well-formed UTF-8 sequence at `i`, or 0. */
function utf8SequenceLength(buf: Uint8Array, i: number): number {
  const b = buf[i];
  if (b < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => i + k < buf.length && buf[i + k] >= lo && buf[i + k] <= hi;
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if (b === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (b >= 0xe1 && b <= 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b >= 0xf1 && b <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

// Windows-1252 bytes that are letters of French (and neighbouring) words.
const CP1252_LETTERS = new Set([0x8a, 0x8c, 0x8e, 0x9a, 0x9c, 0x9e, 0x9f]);
// Windows-1252 punctuation French text uses: € … ‘ ’ “ ” • – — ™ nbsp § © « ° ² ³ · » ½.
const CP1252_PUNCT = new Set([
  0x80, 0x85, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x99, 0xa0, 0xa3, 0xa7, 0xa9, 0xab, 0xae, 0xb0, 0xb2, 0xb3,
  0xb7, 0xbb, 0xbd,
]);

function isCp1252Letter(b: number): boolean {
  return (b >= 0xc0 && b !== 0xd7 && b !== 0xf7) || CP1252_LETTERS.has(b);
}

function isWordByte(b: number | undefined): boolean {
  return b !== undefined && ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || isCp1252Letter(b));
}

const isSpace = (b: number | undefined): boolean => b === undefined || b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

/** "à" standing alone between spaces. */
function isOneLetterWord(buf: Uint8Array, i: number): boolean {
  return isSpace(buf[i - 1]) && (isSpace(buf[i + 1]) || buf[i + 1] === 0x2c || buf[i + 1] === 0x2e);
}

/**
 * Bytes that are not UTF-8 are read as Windows-1252 only if they look like
 * French text in that encoding: mostly accented letters sitting inside words,
 * plus a little typographic punctuation. Random bytes fail that test.
 */
function plausibleCp1252(buf: Uint8Array, invalid: number[]): boolean {
  if (invalid.length > buf.length * 0.3) return false;
  let odd = 0;
  let letters = 0;
  let inWord = 0;
  for (const i of invalid) {
    const b = buf[i];
    if (isCp1252Letter(b)) {
      letters++;
      if (isWordByte(buf[i - 1]) || isWordByte(buf[i + 1]) || isOneLetterWord(buf, i)) inWord++;
    } else if (!CP1252_PUNCT.has(b)) odd++;
  }
  return odd <= invalid.length * 0.1 && (letters === 0 || inWord >= letters * 0.7);
}

let cp1252Table: string[] | null = null;

function cp1252Char(b: number): string {
  cp1252Table ??= Array.from({ length: 256 }, (_, i) => iconv.decode(Buffer.from([i]), 'win1252'));
  return cp1252Table[b];
}

/**
 * Invalid UTF-8 with valid stretches: files stitched together from two
 * encodings. Well-formed UTF-8 sequences stay UTF-8, each stray byte is read
 * as Windows-1252. With no UTF-8 at all this is plain Windows-1252.
 */
function decodeMixed(buf: Buffer, invalid: number[]): string {
  if (invalid.length === 0) return buf.toString('utf8');
  const hasUtf8 = invalid.length < countHighBytes(buf);
  if (!hasUtf8) return iconv.decode(buf, 'win1252');
  return decodeReplacing(buf, invalid, (b) => cp1252Char(b));
}

/** UTF-8 with each byte of `invalid` (sorted offsets) read as `replace` gives it: one character per byte. */
function decodeReplacing(buf: Buffer, invalid: number[], replace: (byte: number) => string): string {
  const parts: string[] = [];
  let from = 0;
  for (const i of invalid) {
    if (i > from) parts.push(buf.toString('utf8', from, i));
    parts.push(replace(buf[i]));
    from = i + 1;
  }
  parts.push(buf.toString('utf8', from));
  return parts.join('');
}

function fewBadBytes(bad: number, size: number): boolean {
  return bad <= size * BAD_BYTE_SHARE || (bad <= MAX_FEW_BAD_BYTES && bad <= size * FEW_BAD_BYTES_SHARE);
}

/** Characters no text holds: controls (tab, LF, FF, CR and ESC aside), lone surrogates, U+FFFD, noncharacters. */
function junkCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++;
        continue;
      }
    }
    if (
      (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d && c !== 0x1b) ||
      (c >= 0x7f && c <= 0x9f) ||
      (c >= 0xd800 && c <= 0xdfff) ||
      (c >= 0xfdd0 && c <= 0xfdef) ||
      c === 0xfffd || c === 0xfffe || c === 0xffff
    ) n++;
  }
  return n;
}

/** A UTF-16/32 decode, refused when the bytes did not hold text in that encoding. */
function wide(text: string, encoding: string, why: string): Decoded {
  const junk = junkCount(text);
  if (junk > 0 && junk >= text.length * MAX_JUNK_SHARE) {
    const name = encoding.slice(0, -2).toUpperCase();
    return { ok: false, message: `${why} but do not decode to ${name} text (${junk} of ${text.length} characters are not text)` };
  }
  return { ok: true, text, encoding };
}

const BOM_MARK = 'bytes start with a byte-order mark';

function countHighBytes(buf: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < buf.length; i++) if (buf[i] >= 0x80) n++;
  return n;
}

function invalidUtf8Bytes(buf: Uint8Array): number[] {
  const invalid: number[] = [];
  let i = 0;
  while (i < buf.length) {
    const len = utf8SequenceLength(buf, i);
    if (len === 0) {
      invalid.push(i);
      i++;
    } else i += len;
  }
  return invalid;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function decodeText(buf: Buffer): Decoded {
  // UTF-32 first: its little-endian mark starts like UTF-16's.
  if (startsWith(buf, [0xff, 0xfe, 0x00, 0x00])) return wide(iconv.decode(buf.subarray(4), 'utf32le'), 'utf-32le', BOM_MARK);
  if (startsWith(buf, [0x00, 0x00, 0xfe, 0xff])) return wide(iconv.decode(buf.subarray(4), 'utf32be'), 'utf-32be', BOM_MARK);
  if (startsWith(buf, [0xff, 0xfe])) return wide(buf.toString('utf16le', 2), 'utf-16le', BOM_MARK);
  if (startsWith(buf, [0xfe, 0xff])) return wide(iconv.decode(buf.subarray(2), 'utf16-be'), 'utf-16be', BOM_MARK);
  const hasBom = startsWith(buf, [0xef, 0xbb, 0xbf]);
  const body = hasBom ? buf.subarray(3) : buf;
  const binary = binaryKind(body);
  if (binary) {
    const utf16 = binary === 'NUL bytes' ? bomlessUtf16(body) : null;
    const why = 'bytes look like UTF-16 (every other byte NUL)';
    if (utf16 === 'utf16le') return wide(body.toString('utf16le'), 'utf-16le', why);
    if (utf16 === 'utf16be') return wide(iconv.decode(body, 'utf16-be'), 'utf-16be', why);
    return { ok: false, message: `binary file (${binary})` };
  }
  try {
    return { ok: true, text: strictUtf8.decode(body), encoding: 'utf-8' };
  } catch {
    const invalid = invalidUtf8Bytes(body);
    if (plausibleCp1252(body, invalid)) return { ok: true, text: decodeMixed(body, invalid), encoding: 'windows-1252' };
    if (fewBadBytes(invalid.length, buf.length)) {
      const at = hasBom ? 3 : 0;
      return { ok: true, text: decodeReplacing(body, invalid, () => '\ufffd'), encoding: 'utf-8', replaced: invalid.map((i) => i + at) };
    }
    return { ok: false, message: `invalid UTF-8 (${invalid.length} bad bytes) and not plausibly Latin-1/Windows-1252 text` };
  }
}

/** Bytes of one input file to text with LF line ends, or the reason it is not text. */
export function decode(buf: Buffer): Decoded {
  if (buf.length === 0) return { ok: false, message: 'empty file' };
  const decoded = decodeText(buf);
  if (!decoded.ok) return decoded;
  let text = decoded.text;
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') return { ok: false, message: 'empty (whitespace only)' };
  return { ...decoded, text };
}
