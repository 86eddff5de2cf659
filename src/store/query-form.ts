// Tells a SPARQL query's form (SELECT, ASK, CONSTRUCT, DESCRIBE) or an update from its text,
// before any engine parses it: the form picks the result media types to ask for (remote) or to
// offer (serve), and updates are refused before they reach an engine.

export type QueryForm = 'select' | 'ask' | 'construct' | 'describe';
export type RequestKind = QueryForm | 'update' | 'unknown';

const UPDATE_KEYWORDS = new Set(['insert', 'delete', 'load', 'clear', 'create', 'drop', 'copy', 'move', 'add', 'with']);

/**
 * Skips the prologue (comments, BASE and PREFIX declarations) and reads the first keyword. Only
 * a guess for malformed text ('unknown'); the engine gives the real syntax error.
 */
export function requestKind(text: string): RequestKind {
  let i = 0;
  const n = text.length;
  const skip = () => {
    for (;;) {
      while (i < n && /\s/.test(text[i])) i++;
      if (text[i] === '#') {
        while (i < n && text[i] !== '\n' && text[i] !== '\r') i++;
        continue;
      }
      return;
    }
  };
  const word = (): string => {
    skip();
    const m = /^[A-Za-z]+/.exec(text.slice(i, i + 32));
    if (!m) return '';
    i += m[0].length;
    return m[0].toLowerCase();
  };
  const iri = (): boolean => {
    skip();
    if (text[i] !== '<') return false;
    const end = text.indexOf('>', i);
    if (end < 0) return false;
    i = end + 1;
    return true;
  };
  for (;;) {
    const w = word();
    if (w === 'base') {
      if (!iri()) return 'unknown';
    } else if (w === 'prefix') {
      skip();
      const m = /^[^\s:<]*:/.exec(text.slice(i, i + 512));
      if (!m) return 'unknown';
      i += m[0].length;
      if (!iri()) return 'unknown';
    } else if (w === 'select' || w === 'ask' || w === 'construct' || w === 'describe') {
      return w;
    } else if (UPDATE_KEYWORDS.has(w)) {
      return 'update';
    } else {
      return 'unknown';
    }
  }
}

export function isGraphForm(kind: RequestKind): boolean {
  return kind === 'construct' || kind === 'describe';
}
