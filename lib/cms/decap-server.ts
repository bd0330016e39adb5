/**
 * Runs decap-server, the proxy through which Decap CMS reads and writes the project's files
 * on this computer (`local_backend`). It listens on 127.0.0.1 only: by default it would take
 * requests from the whole network and let anyone there rewrite the report.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { localBackendUrl } from './cms-settings.ts';

/** A running decap-server. */
export interface DecapServer {
  /** Its API address, for `local_backend: { url }`. */
  url: string;
  port: number;
  /** Stops it and waits until it has exited. */
  stop(): Promise<void>;
}

/** How long a start may take before it counts as failed. */
const START_TIMEOUT_MS = 15_000;

/**
 * Starts decap-server on the files under `repo`, writing them directly (its "fs" mode: no commits).
 * @param port 0 picks a free port.
 * @param log where its output goes; ignored by default.
 */
export async function startDecapServer(repo: string, port = 0, log: 'inherit' | 'ignore' = 'ignore'): Promise<DecapServer> {
  const chosen = port || (await freePort());
  const entry = createRequire(import.meta.url).resolve('decap-server');
  const env = { ...process.env, PORT: String(chosen), BIND_HOST: '127.0.0.1', MODE: 'fs', GIT_REPO_DIRECTORY: repo, LOG_LEVEL: 'info' };
  const child = spawn(process.execPath, [entry], { cwd: repo, env, stdio: ['ignore', log, log] });
  const url = localBackendUrl(chosen);
  try {
    await waitUntilAnswering(url, child);
  } catch (error) {
    await stopProcess(child);
    throw error;
  }
  return { url, port: chosen, stop: () => stopProcess(child) };
}

/** A port nothing listens on now, on 127.0.0.1. */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (address === null || typeof address === 'string') throw new Error('could not find a free port');
  return address.port;
}

async function waitUntilAnswering(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`decap-server exited with code ${child.exitCode}; is port ${new URL(url).port} in use?`);
    if (await answers(url)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`decap-server did not answer at ${url} within ${START_TIMEOUT_MS / 1000} s`);
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"action":"info"}' });
    return response.ok;
  } catch {
    return false;
  }
}

/** Ends a child process: politely, then by force after 5 s. */
export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}
