// A small XML 1.0 well-formedness check (no DTDs, no CDATA): balanced tags, one root, quoted
// unique attributes, only the predefined or numeric entity references, no bare "<" or "&", and no
// character XML forbids. Enough to catch an unescaped label or a broken writer.
const NAME = '[A-Za-z_][\\w.:-]*';
const TOKEN = new RegExp(
  `<!--[\\s\\S]*?-->|<\\?${NAME}[\\s\\S]*?\\?>|</(${NAME})\\s*>|<(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"]*"|'[^']*'))*)\\s*(/?)>|([^<]+)`,
  'y',
);
const ATTR = new RegExp(`(${NAME})\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'g');
const BAD_REF = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;
const BAD_CHAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

export interface XmlSummary {
  root: string;
  /** Element name → number of elements. */
  counts: Record<string, number>;
  /** Attribute values of every element named `name`, in document order. */
  attributes: (name: string) => Array<Record<string, string>>;
}

export function checkXml(text: string): XmlSummary {
  const stack: string[] = [];
  const counts: Record<string, number> = {};
  const attrs: Array<[string, Record<string, string>]> = [];
  let root = '';
  let closedRoot = false;
  TOKEN.lastIndex = 0;
  if (BAD_CHAR.test(text)) throw new Error('character not allowed in XML');
  while (TOKEN.lastIndex < text.length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(text);
    if (!m) throw new Error(`not well-formed at offset ${at}: ${JSON.stringify(text.slice(at, at + 40))}`);
    const [, close, open, rawAttrs, selfClose, chars] = m;
    if (chars !== undefined) {
      if (BAD_REF.test(chars)) throw new Error(`bad entity reference in text near ${JSON.stringify(chars.slice(0, 40))}`);
      if (chars.includes('>') && chars.includes(']]>')) throw new Error(']]> in text');
      if (stack.length === 0 && chars.trim() !== '') throw new Error('text outside the root element');
    } else if (close !== undefined) {
      const top = stack.pop();
      if (top !== close) throw new Error(`</${close}> closes <${top}>`);
      if (stack.length === 0) closedRoot = true;
    } else if (open !== undefined) {
      if (closedRoot || (stack.length === 0 && root !== '')) throw new Error(`second root element <${open}>`);
      if (root === '') root = open;
      const values: Record<string, string> = {};
      for (const a of (rawAttrs ?? '').matchAll(ATTR)) {
        if (a[1] in values) throw new Error(`duplicate attribute ${a[1]} on <${open}>`);
        const v = a[2] ?? a[3] ?? '';
        if (v.includes('<') || BAD_REF.test(v)) throw new Error(`unescaped value in ${a[1]}=${JSON.stringify(v.slice(0, 40))}`);
        values[a[1]] = v;
      }
      attrs.push([open, values]);
      counts[open] = (counts[open] ?? 0) + 1;
      if (!selfClose) stack.push(open);
      else if (stack.length === 0) closedRoot = true;
    }
  }
  if (stack.length) throw new Error(`unclosed <${stack.join('>, <')}>`);
  if (!root) throw new Error('no root element');
  return { root, counts, attributes: (name) => attrs.filter(([n]) => n === name).map(([, v]) => v) };
}

/** The text an attribute value stands for. */
export function unescapeXml(v: string): string {
  return v.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_m, e: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (e in named) return named[e];
    return String.fromCodePoint(e.startsWith('#x') ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)));
  });
}
