import { appendFile, readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { median } from './measure-runs.ts';
import { mirrorProject } from './project-folder.ts';
import { startLogged, type LoggedProcess } from './server-log.ts';

/** The section edited: it cites figures, a figure table and charts, like most real sections. */
const SECTION = 'tri-borough-story/two-years-on';

/** Edit-to-page times under `npm start` (incremental: only the pages an edit touches). */
export interface IncrementalResult {
  section: string;
  edits: number;
  /** From writing the Markdown to the rebuilt page containing the edit, in ms, per edit. */
  samples: number[];
  medianMs: number;
  minMs: number;
  maxMs: number;
}

/**
 * Runs `npm start` on a snapshot of the real report (so the project's content is never edited),
 * then appends a line to one section `edits` times after a warm-up edit, timing each until the
 * rebuilt page on disk contains it.
 */
export async function incrementalRebuild(scratch: string, edits: number): Promise<IncrementalResult> {
  const mirror = path.join(scratch, 'serve');
  await mirrorProject(mirror);
  const port = await freePort();
  const server = startLogged('npm', ['start', '--', `--port=${port}`], mirror);
  try {
    await until(server, async () => (await fetch(`http://localhost:${port}/`).catch(() => undefined))?.ok === true, 120_000);
    await warmUp(mirror, server);
    const counted: number[] = [];
    for (let index = 1; index <= edits; index += 1) counted.push(await timeEdit(mirror, server, index));
    return { section: `content/${SECTION}.md`, edits: counted.length, samples: counted.map(Math.round), medianMs: median(counted), minMs: Math.min(...counted), maxMs: Math.max(...counted) };
  } finally {
    server.stop();
  }
}

/**
 * Edits until the server picks an edit up: the file watcher may still be starting when the
 * server first answers, and an edit made then is never seen.
 */
async function warmUp(mirror: string, server: LoggedProcess): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await timeEdit(mirror, server, 0, 5_000);
      return;
    } catch (error) {
      if (attempt === 10 || server.exited()) throw error;
    }
  }
}

async function timeEdit(mirror: string, server: LoggedProcess, index: number, timeoutMs = 30_000): Promise<number> {
  const token = `Benchmark edit ${index}, ${Date.now()}.`;
  const page = path.join(mirror, '_site', SECTION, 'index.html');
  const started = performance.now();
  await appendFile(path.join(mirror, 'content', `${SECTION}.md`), `\n${token}\n`);
  await until(server, async () => (await readFile(page, 'utf8').catch(() => '')).includes(token), timeoutMs);
  const ms = performance.now() - started;
  // Let the watcher settle so the next edit is seen as a new change, not part of this one.
  await sleep(700);
  return ms;
}

/** Polls `ready` every 2 ms. @throws Error with the server's output if it stops or time runs out. */
async function until(server: LoggedProcess, ready: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await ready())) {
    if (server.exited() || performance.now() > deadline) throw new Error(`npm start ${server.exited() ? 'stopped' : 'timed out'}:\n${server.recentOutput()}`);
    await sleep(2);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 8080));
    });
  });
}
