// Starts a throw-away Virtuoso (Debian package virtuoso-opensource) for the integration tests
// and the benchmark: its own database directory under the OS temp dir, SQL and HTTP ports picked
// free on 127.0.0.1, result-set truncation raised far above anything read back; stopped by
// killing its process group and removing the directory.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const VIRTUOSO_BIN = 'virtuoso-t';

export interface Virtuoso {
  dir: string;
  sqlPort: number;
  httpPort: number;
  /** http://127.0.0.1:PORT */
  base: string;
  /** Public read-only query endpoint. */
  sparql: string;
  /** Digest-protected query/update endpoint. */
  sparqlAuth: string;
  /** Digest-protected Graph Store endpoint. */
  graphCrudAuth: string;
  /** Seconds from spawn to the first HTTP answer. */
  startupSeconds: number;
  /** What the server printed so far (for failure messages). */
  output: () => string;
  stop: () => Promise<void>;
}

/** A port that was free a moment ago on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export function virtuosoIni(dir: string, sqlPort: number, httpPort: number): string {
  return `; throw-away test database, written by bench/virtuoso-server.ts
[Database]
DatabaseFile       = ${dir}/virtuoso.db
ErrorLogFile       = ${dir}/virtuoso.log
LockFile           = ${dir}/virtuoso.lck
TransactionFile    = ${dir}/virtuoso.trx
xa_persistent_file = ${dir}/virtuoso.pxa
ErrorLogLevel      = 7
FileExtend         = 200
MaxCheckpointRemap = 2000
Striping           = 0
TempStorage        = TempDatabase

[TempDatabase]
DatabaseFile       = ${dir}/virtuoso-temp.db
TransactionFile    = ${dir}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping           = 0

[Parameters]
ServerPort           = 127.0.0.1:${sqlPort}
DisableUnixSocket    = 1
DisableTcpSocket     = 0
MaxClientConnections = 10
CheckpointInterval   = 60
CaseMode             = 2
DirsAllowed          = ., ${dir}
NumberOfBuffers      = 100000
MaxDirtyBuffers      = 75000
ThreadsPerQuery      = 2
; MOVE of a large staging graph over an existing one is one transaction; the default limit
; (50 MB of log) aborts it for builds of about a million triples.
TransactionAfterImageLimit = 1500000000

[HTTPServer]
ServerPort           = 127.0.0.1:${httpPort}
ServerRoot           = ${dir}/vsp
MaxClientConnections = 10
ServerThreads        = 10
KeepAliveTimeout     = 10
Charset              = UTF-8
EnabledGzipContent   = 0

[SPARQL]
; The Debian default (10000) silently truncates results.
ResultSetMaxRows           = 10000000
; 0: no cost-estimate refusal and no "anytime" partial answers; tests want complete results.
MaxQueryCostEstimationTime = 0
MaxQueryExecutionTime      = 0
MaxConstructTriples        = 10000000
`;
}

async function answers(url: string): Promise<boolean> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
    await res.arrayBuffer();
    return res.status === 200;
  } catch {
    return false;
  }
}

export function haveVirtuoso(): boolean {
  return spawnSync('which', [VIRTUOSO_BIN], { stdio: 'ignore' }).status === 0;
}

/** Starts Virtuoso and resolves once its SPARQL endpoint answers (default limit 120 s). */
export async function startVirtuoso(opts: { timeoutMs?: number } = {}): Promise<Virtuoso> {
  const dir = mkdtempSync(join(tmpdir(), 'newskg-virtuoso-'));
  mkdirSync(join(dir, 'vsp'));
  const sqlPort = await freePort();
  let httpPort = await freePort();
  while (httpPort === sqlPort) httpPort = await freePort();
  const ini = join(dir, 'virtuoso.ini');
  writeFileSync(ini, virtuosoIni(dir, sqlPort, httpPort));

  let out = '';
  const t0 = performance.now();
  // Its own process group, so stopping it cannot miss a child.
  const proc: ChildProcess = spawn(VIRTUOSO_BIN, ['-f', '-c', ini], { cwd: dir, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  proc.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  proc.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  let exited: number | null | undefined;
  const exitedPromise = new Promise<void>((resolve) =>
    proc.once('exit', (code) => {
      exited = code;
      resolve();
    }),
  );

  const stop = async () => {
    if (exited === undefined && proc.pid) {
      try {
        process.kill(-proc.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
      const killed = await Promise.race([exitedPromise.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 15_000))]);
      if (!killed) {
        try {
          process.kill(-proc.pid, 'SIGKILL');
        } catch {
          /* already gone */
        }
        await exitedPromise;
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };

  const base = `http://127.0.0.1:${httpPort}`;
  const deadline = t0 + (opts.timeoutMs ?? 120_000);
  const probe = `${base}/sparql?query=${encodeURIComponent('ASK { ?s ?p ?o }')}`;
  for (;;) {
    if (exited !== undefined) {
      await stop();
      throw new Error(`virtuoso-t exited (code ${exited}) before answering:\n${out.slice(-2000)}`);
    }
    if (await answers(probe)) break;
    if (performance.now() > deadline) {
      await stop();
      throw new Error(`virtuoso-t did not answer on ${base} within ${opts.timeoutMs ?? 120_000} ms:\n${out.slice(-2000)}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    dir,
    sqlPort,
    httpPort,
    base,
    sparql: `${base}/sparql`,
    sparqlAuth: `${base}/sparql-auth`,
    graphCrudAuth: `${base}/sparql-graph-crud-auth`,
    startupSeconds: (performance.now() - t0) / 1000,
    output: () => out,
    stop,
  };
}
