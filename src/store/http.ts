// fetch with a timeout, HTTP authentication (Digest or Basic, answered from the server's
// challenge) and one-line errors that name the endpoint and never the password.
import { basicAuthorization, digestAuthorization, isSupportedDigest, parseChallenges, type Challenge } from './digest.js';

export type AuthScheme = 'auto' | 'digest' | 'basic';

export interface Credentials {
  user: string;
  password: string;
  /** auto: whatever the server's 401 challenge asks for (Digest preferred). */
  scheme?: AuthScheme;
}

export interface SessionOptions {
  /** Per request, headers to end of body. Default 60 000 ms. */
  timeoutMs?: number;
  credentials?: Credentials;
}

/** A failure talking to an endpoint; `message` is one line naming the endpoint. */
export class EndpointError extends Error {
  override name = 'EndpointError';
  constructor(
    message: string,
    readonly endpoint: string,
    readonly status: number | null = null,
  ) {
    super(message);
  }
}

export interface HttpResponse {
  status: number;
  statusText: string;
  headers: Headers;
  body: string;
}

export interface RequestInit {
  method: string;
  headers?: Record<string, string>;
  body?: string;
}

/** The endpoint as shown to people: no credentials, no query string. */
export function displayEndpoint(url: string | URL): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return String(url).replace(/\/\/[^/@]*@/, '//').replace(/\?.*$/, '');
  }
}

/** Parses and checks an endpoint URL given by the user. */
export function parseEndpoint(url: string, what = 'endpoint'): URL {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new EndpointError(`invalid ${what} URL ${JSON.stringify(displayEndpoint(url))}`, displayEndpoint(url));
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    throw new EndpointError(`invalid ${what} URL ${displayEndpoint(u)}: only http and https are supported`, displayEndpoint(u));
  }
  if (u.username || u.password) {
    throw new EndpointError(`${what} URL ${displayEndpoint(u)} carries credentials: use --user and --password-env instead`, displayEndpoint(u));
  }
  return u;
}

const NETWORK_CODES: Record<string, string> = {
  ECONNREFUSED: 'connection refused (is the server running?)',
  ECONNRESET: 'connection reset by the server',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host name lookup failed',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  EPIPE: 'connection closed by the server',
  UND_ERR_SOCKET: 'connection closed by the server',
  UND_ERR_CLOSED: 'connection closed',
  UND_ERR_HEADERS_TIMEOUT: 'no answer (headers timeout)',
  UND_ERR_BODY_TIMEOUT: 'no answer (body timeout)',
  CERT_HAS_EXPIRED: 'TLS certificate has expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'self-signed TLS certificate',
};

function networkReason(err: unknown): string {
  let e = err as { code?: string; message?: string; cause?: unknown; errors?: unknown[] } | undefined;
  let deepest = (err as Error)?.message ?? String(err);
  for (let depth = 0; e && depth < 5; depth++) {
    if (e.code && NETWORK_CODES[e.code]) return NETWORK_CODES[e.code];
    if (e.code && /^E[A-Z]+$/.test(e.code)) return e.code;
    if (e.message) deepest = e.message;
    if (Array.isArray(e.errors) && e.errors.length) e = e.errors[0] as typeof e;
    else e = e.cause as typeof e;
  }
  if (deepest === 'bad port') return 'port refused by fetch as unsafe ("bad port"); use another port';
  return deepest.split('\n')[0];
}

/**
 * One line from an error body: the first line of a text body; for HTML, the first two text
 * lines (a heading such as "Internal error" says less than the paragraph after it).
 */
export function bodySummary(body: string, max = 200): string {
  const html = /<[a-z!][^>]*>/i.test(body);
  const text = body
    .replace(/<(script|style|title)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, '\n')
    .split(/\r?\n/)
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l !== '');
  const line = [...new Set(text.slice(0, html ? 2 : 1))].join(': ');
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/**
 * One HTTP conversation partner. Digest challenges are remembered per origin, so after the first
 * 401 the following requests carry credentials up front (nc counting up) and large bodies are not
 * sent twice; a `stale=true` answer refreshes the nonce.
 */
export class HttpSession {
  readonly timeoutMs: number;
  private readonly credentials?: Credentials;
  private readonly digest = new Map<string, { challenge: Challenge; nc: number }>();
  private readonly basic = new Set<string>();

  constructor(opts: SessionOptions = {}) {
    this.timeoutMs = opts.timeoutMs ?? 60_000;
    this.credentials = opts.credentials;
  }

  get hasCredentials(): boolean {
    return !!this.credentials;
  }

  /** Sends a request; network failures and timeouts throw EndpointError, HTTP errors do not. */
  async request(url: URL, init: RequestInit): Promise<HttpResponse> {
    const target = `${url.pathname}${url.search}`;
    let auth = this.preemptive(url, init.method, target);
    let preemptive = auth !== undefined;
    let res = await this.send(url, init, auth);
    for (let tries = 0; res.status === 401 && this.credentials && tries < 2; tries++) {
      const next = this.answer(url, init.method, target, res.headers.get('www-authenticate') ?? '', auth, preemptive);
      if (!next) break;
      auth = next;
      preemptive = false;
      res = await this.send(url, init, auth);
    }
    return res;
  }

  private preemptive(url: URL, method: string, target: string): string | undefined {
    const c = this.credentials;
    if (!c) return undefined;
    const d = this.digest.get(url.origin);
    if (d) return digestAuthorization({ ...c, method, uri: target, challenge: d.challenge, nc: ++d.nc });
    if (c.scheme === 'basic' || this.basic.has(url.origin)) return basicAuthorization(c.user, c.password);
    return undefined;
  }

  /**
   * Authorization for the next try after a 401, or undefined when trying again is pointless: an
   * answer to this very challenge was refused (wrong credentials) unless the server said its
   * nonce was stale; a remembered (pre-emptive) nonce may simply have expired, so it gets one retry.
   */
  private answer(url: URL, method: string, target: string, header: string, sent: string | undefined, preemptive: boolean): string | undefined {
    const c = this.credentials!;
    const scheme = c.scheme ?? 'auto';
    const challenges = parseChallenges(header);
    const digest = challenges.find(isSupportedDigest);
    if (digest && scheme !== 'basic') {
      if (sent?.startsWith('Digest') && !preemptive && digest.params.stale?.toLowerCase() !== 'true') {
        this.digest.delete(url.origin);
        return undefined;
      }
      const entry = { challenge: digest, nc: 1 };
      this.digest.set(url.origin, entry);
      return digestAuthorization({ ...c, method, uri: target, challenge: digest, nc: entry.nc });
    }
    const basic = challenges.find((ch) => ch.scheme === 'basic');
    if (basic && scheme !== 'digest' && !sent?.startsWith('Basic')) {
      this.basic.add(url.origin);
      return basicAuthorization(c.user, c.password);
    }
    return undefined;
  }

  private async send(url: URL, init: RequestInit, authorization: string | undefined): Promise<HttpResponse> {
    const headers: Record<string, string> = { 'user-agent': 'newskg', ...init.headers };
    if (authorization) headers.authorization = authorization;
    const where = displayEndpoint(url);
    try {
      const res = await fetch(url, {
        method: init.method,
        headers,
        body: init.body,
        redirect: 'follow',
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      const body = await res.text();
      return { status: res.status, statusText: res.statusText, headers: res.headers, body };
    } catch (err) {
      const name = (err as Error)?.name;
      if (name === 'TimeoutError' || name === 'AbortError') {
        throw new EndpointError(`${where}: no complete answer within ${this.timeoutMs} ms (timeout; see --timeout)`, where);
      }
      throw new EndpointError(`${where}: cannot connect: ${networkReason(err)}`, where);
    }
  }
}

/** Throws a one-line EndpointError unless the status is 2xx (or listed in `alsoOk`). */
export function expectOk(res: HttpResponse, url: URL, what: string, alsoOk: number[] = []): HttpResponse {
  if ((res.status >= 200 && res.status < 300) || alsoOk.includes(res.status)) return res;
  const where = displayEndpoint(url);
  const status = `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`;
  let hint: string;
  if (res.status === 401) hint = 'wrong user or password, or the endpoint needs credentials (--user, --password-env)';
  else if (res.status === 403) hint = 'the user may not do this here (for Virtuoso use the -auth endpoints and a user in SPARQL_UPDATE)';
  else hint = bodySummary(res.body);
  throw new EndpointError(`${where}: ${what} failed: ${status}${hint ? ` — ${hint}` : ''}`, where, res.status);
}
