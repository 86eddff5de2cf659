// HTTP authentication for triple stores: RFC 7616 Digest (MD5, SHA-256, SHA-512-256 and their
// -sess variants; qop=auth or none) and RFC 7617 Basic, with a parser for WWW-Authenticate.
import { createHash, randomBytes } from 'node:crypto';

export interface Challenge {
  /** Lower-cased auth scheme: "digest", "basic", "bearer"… */
  scheme: string;
  /** Parameter names lower-cased; values unquoted. */
  params: Record<string, string>;
}

/**
 * Parses a WWW-Authenticate value, which may hold several challenges (fetch joins repeated
 * headers with ", "): `Basic realm="a", Digest realm="b", nonce="…", qop="auth,auth-int"`.
 */
export function parseChallenges(header: string): Challenge[] {
  const out: Challenge[] = [];
  let i = 0;
  const n = header.length;
  const skipSpaces = () => {
    while (i < n && /[\s,]/.test(header[i])) i++;
  };
  const token = () => {
    const m = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+/.exec(header.slice(i));
    if (!m) return '';
    i += m[0].length;
    return m[0];
  };
  let current: Challenge | null = null;
  while (i < n) {
    skipSpaces();
    const start = i;
    const name = token();
    if (!name) {
      i++; // not a token character: skip it rather than loop forever
      continue;
    }
    let j = i;
    while (j < n && (header[j] === ' ' || header[j] === '\t')) j++;
    if (header[j] === '=' && current) {
      // auth-param of the current challenge
      i = j + 1;
      while (i < n && (header[i] === ' ' || header[i] === '\t')) i++;
      let value = '';
      if (header[i] === '"') {
        i++;
        while (i < n && header[i] !== '"') {
          if (header[i] === '\\' && i + 1 < n) i++;
          value += header[i++];
        }
        i++; // closing quote
      } else {
        const m = /^[^,\s]*/.exec(header.slice(i))!;
        value = m[0];
        i += value.length;
      }
      current.params[name.toLowerCase()] = value;
    } else if (header[j] === '=' && !current) {
      i = start + name.length + 1; // stray param before any scheme: ignore
    } else {
      // A token not followed by "=" starts a new challenge. (A token68 credential such as
      // `Negotiate abc==` reads as a harmless parameter.)
      current = { scheme: name.toLowerCase(), params: {} };
      out.push(current);
    }
  }
  return out;
}

const HASHES: Record<string, string> = {
  md5: 'md5',
  'sha-256': 'sha256',
  'sha-512-256': 'sha512-256',
};

export function isSupportedDigest(c: Challenge): boolean {
  const alg = (c.params.algorithm ?? 'MD5').toLowerCase().replace(/-sess$/, '');
  const qops = (c.params.qop ?? '').split(',').map((q) => q.trim().toLowerCase()).filter(Boolean);
  return c.scheme === 'digest' && alg in HASHES && !!c.params.nonce && (qops.length === 0 || qops.includes('auth'));
}

export interface DigestInput {
  user: string;
  password: string;
  method: string;
  /** request-target as sent: path and query, e.g. `/sparql-auth?graph=…` */
  uri: string;
  challenge: Challenge;
  /** Request count with this nonce, from 1. */
  nc: number;
  /** Client nonce; random when omitted. */
  cnonce?: string;
}

const quote = (s: string) => `"${s.replace(/(["\\])/g, '\\$1')}"`;

/** The `Authorization: Digest …` header value for one request (RFC 7616 §3.4). */
export function digestAuthorization(d: DigestInput): string {
  const p = d.challenge.params;
  const algorithm = p.algorithm ?? 'MD5';
  const base = algorithm.toLowerCase().replace(/-sess$/, '');
  const hashName = HASHES[base];
  if (!hashName) throw new Error(`unsupported digest algorithm ${algorithm}`);
  const H = (s: string) => createHash(hashName).update(s, 'utf8').digest('hex');
  const realm = p.realm ?? '';
  const nonce = p.nonce ?? '';
  const qops = (p.qop ?? '').split(',').map((q) => q.trim().toLowerCase()).filter(Boolean);
  const qop = qops.includes('auth') ? 'auth' : null;
  if (qops.length > 0 && !qop) throw new Error(`unsupported digest qop ${p.qop} (only auth)`);
  const cnonce = d.cnonce ?? randomBytes(16).toString('hex');
  const nc = d.nc.toString(16).padStart(8, '0');
  let ha1 = H(`${d.user}:${realm}:${d.password}`);
  if (/-sess$/i.test(algorithm)) ha1 = H(`${ha1}:${nonce}:${cnonce}`);
  const ha2 = H(`${d.method}:${d.uri}`);
  const response = qop ? H(`${ha1}:${nonce}:${nc}:${cnonce}:${qop}:${ha2}`) : H(`${ha1}:${nonce}:${ha2}`);
  const parts = [
    `username=${quote(d.user)}`,
    `realm=${quote(realm)}`,
    `nonce=${quote(nonce)}`,
    `uri=${quote(d.uri)}`,
    `algorithm=${algorithm}`,
    `response=${quote(response)}`,
  ];
  if (p.opaque !== undefined) parts.push(`opaque=${quote(p.opaque)}`);
  if (qop) parts.push(`qop=${qop}`, `nc=${nc}`, `cnonce=${quote(cnonce)}`);
  return `Digest ${parts.join(', ')}`;
}

/** `Authorization: Basic …` (RFC 7617, UTF-8). */
export function basicAuthorization(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;
}
