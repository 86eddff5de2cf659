// Options shared by the commands that talk to a remote store (sparql, query, load): credentials
// (password only from an environment variable, never argv), auth scheme and timeout.
import { Option, type Command } from 'commander';
import { EndpointError, HttpSession, type AuthScheme } from '../../store/http.js';
import { UserError } from '../errors.js';

export interface EndpointOptions {
  defaultGraph?: string[];
  user?: string;
  passwordEnv?: string;
  auth: string;
  timeout: string;
}

export function addEndpointOptions(cmd: Command): Command {
  return cmd
    .option('--user <name>', 'user name for HTTP authentication')
    .option('--password-env <VAR>', 'name of the environment variable holding the password (never pass it on the command line)')
    .addOption(new Option('--auth <scheme>', 'HTTP authentication: auto answers the server\'s challenge').choices(['auto', 'digest', 'basic']).default('auto'))
    .option('--timeout <ms>', 'per-request timeout in milliseconds', '60000');
}

/** `--default-graph IRI` (repeatable), for commands that query an endpoint. */
export function addDefaultGraphOption(cmd: Command): Command {
  return cmd.option(
    '--default-graph <iri>',
    'with --endpoint: query this graph as the default graph (SPARQL Protocol default-graph-uri; repeatable), for stores whose default graph is not the union of all graphs',
    (v: string, acc: string[] = []) => [...acc, v],
  );
}

/** An HttpSession from the options; the password is read from the environment here and only here. */
export function sessionFrom(opts: EndpointOptions): HttpSession {
  const timeoutMs = Number(opts.timeout);
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) throw new UserError(`--timeout must be a positive number of milliseconds, not ${JSON.stringify(opts.timeout)}`);
  if (opts.passwordEnv !== undefined && opts.user === undefined) throw new UserError('--password-env needs --user');
  if (opts.user === undefined) return new HttpSession({ timeoutMs });
  if (opts.passwordEnv === undefined) throw new UserError('--user needs --password-env VAR (the name of an environment variable holding the password)');
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(opts.passwordEnv)) {
    throw new UserError('--password-env takes the NAME of an environment variable (e.g. NEWSKG_PASSWORD), not a password');
  }
  const password = process.env[opts.passwordEnv];
  if (password === undefined) throw new UserError(`environment variable ${opts.passwordEnv} (from --password-env) is not set`);
  return new HttpSession({ timeoutMs, credentials: { user: opts.user, password, scheme: opts.auth as AuthScheme } });
}

/** Runs `fn`, turning endpoint failures into one-line user errors (exit 2). */
export async function endpointErrors<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof EndpointError) throw new UserError(err.message);
    throw err;
  }
}
