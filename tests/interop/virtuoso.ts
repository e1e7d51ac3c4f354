// Starts a real Virtuoso 7.2 (`virtuoso-t`) for a test: its own virtuoso.ini and database in a temp
// folder, SQL and HTTP ports on free loopback ports, and stops it (and removes the folder) afterwards.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const VIRTUOSO = '/usr/bin/virtuoso-t';
export const hasVirtuoso = existsSync(VIRTUOSO);

export interface Virtuoso {
  readonly http: string;
  readonly dir: string;
  stop(): Promise<void>;
}

/** A port the OS has just handed out on 127.0.0.1 (free unless another process takes it meanwhile). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function ini(dir: string, sqlPort: number, httpPort: number, buffers: number): string {
  const db = (name: string): string => join(dir, name);
  return `[Database]
DatabaseFile = ${db('virtuoso.db')}
ErrorLogFile = ${db('virtuoso.log')}
LockFile = ${db('virtuoso.lck')}
TransactionFile = ${db('virtuoso.trx')}
xa_persistent_file = ${db('virtuoso.pxa')}
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = ${db('virtuoso-temp.db')}
TransactionFile = ${db('virtuoso-temp.trx')}
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:${sqlPort}
LiteMode = 0
DisableUnixSocket = 1
DisableTcpSocket = 0
MaxClientConnections = 10
CheckpointInterval = 60
CaseMode = 2
DirsAllowed = ., ${dir}
NumberOfBuffers = ${buffers}
MaxDirtyBuffers = ${Math.round(buffers * 0.75)}
MaxQueryMem = 1G
ThreadsPerQuery = 2

[HTTPServer]
ServerPort = 127.0.0.1:${httpPort}
ServerRoot = ${dir}
MaxClientConnections = 5
ServerThreads = 5
MaxKeepAlives = 5
KeepAliveTimeout = 10
HTTPThreadSize = 280000
Charset = UTF-8
EnabledGzipContent = 0

[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryCostEstimationTime = 400
MaxQueryExecutionTime = 120
`;
}

/**
 * Starts Virtuoso and waits until its /sparql endpoint answers (about 12 s on a quiet machine).
 * `buffers`: its page cache in 8 KiB pages (the tests' 20,000 is 160 MiB; millions of triples want more).
 */
export async function startVirtuoso(timeoutMs = 120_000, buffers = 20_000): Promise<Virtuoso> {
  const dir = mkdtempSync(join(tmpdir(), 'sg-virtuoso-'));
  const [sqlPort, httpPort] = [await freePort(), await freePort()];
  writeFileSync(join(dir, 'virtuoso.ini'), ini(dir, sqlPort, httpPort, buffers));
  const child: ChildProcess = spawn(VIRTUOSO, ['+foreground', '+configfile', join(dir, 'virtuoso.ini')], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'ignore'],
  });
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  const http = `http://127.0.0.1:${httpPort}`;
  const stop = async (): Promise<void> => {
    if (!exited) {
      child.kill('SIGTERM');
      const gone = await Promise.race([
        new Promise<boolean>((r) => child.once('exit', () => r(true))),
        new Promise<boolean>((r) => setTimeout(() => r(false), 15_000)),
      ]);
      if (!gone) child.kill('SIGKILL');
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited) {
      const log = existsSync(join(dir, 'virtuoso.log'))
        ? readFileSync(join(dir, 'virtuoso.log'), 'utf8')
        : '';
      await stop();
      throw new Error(`virtuoso-t exited while starting:\n${log.slice(-2000)}`);
    }
    try {
      const r = await fetch(`${http}/sparql?query=${encodeURIComponent('ASK {}')}`, {
        headers: { Accept: 'application/sparql-results+json' },
        signal: AbortSignal.timeout(2000),
      });
      if (r.ok) return { http, dir, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  await stop();
  throw new Error(`Virtuoso did not answer on ${http}/sparql within ${timeoutMs / 1000} s`);
}
