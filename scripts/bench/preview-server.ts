import { appendFile, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { mirrorProject } from './project-folder.ts';
import { startLogged, type LoggedProcess } from './server-log.ts';

/** The section edited: it cites figures, a figure table and charts, like most real sections. */
export const SECTION = 'tri-borough-story/two-years-on';

/** `npm start` running on a snapshot of the real report, so the project's content is never edited. */
export interface Preview {
  /** The snapshot's folder. */
  mirror: string;
  /** Where the preview is served. */
  url: string;
  server: LoggedProcess;
  /** The edited section's Markdown file, in the snapshot. */
  sectionFile: string;
  /** The edited section's built page, in the snapshot. */
  sectionPage: string;
}

/**
 * Mirrors the report into `scratch`, starts `npm start` on it, and waits until its file watcher
 * sees an edit. @returns the running preview; stop its server when done.
 */
export async function startPreview(scratch: string): Promise<Preview> {
  const mirror = path.join(scratch, 'serve');
  await mirrorProject(mirror);
  const port = await freePort();
  const server = startLogged('npm', ['start', '--', `--port=${port}`], mirror);
  const preview: Preview = {
    mirror,
    url: `http://localhost:${port}/`,
    server,
    sectionFile: path.join(mirror, 'content', `${SECTION}.md`),
    sectionPage: path.join(mirror, '_site', SECTION, 'index.html'),
  };
  try {
    await until(server, async () => (await fetch(preview.url).catch(() => undefined))?.ok === true, 120_000);
    await warmUp(preview);
    return preview;
  } catch (error) {
    await server.stop();
    throw error;
  }
}

/**
 * Edits until the server picks an edit up: the file watcher may still be starting when the
 * server first answers, and an edit made then is never seen.
 */
async function warmUp(preview: Preview): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await timeEdit(preview, 0, 5_000);
      return;
    } catch (error) {
      if (attempt === 10 || preview.server.exited()) throw error;
    }
  }
}

/** Appends a line to the section and waits for its rebuilt page to hold it. @returns the time taken, in ms. */
export async function timeEdit(preview: Preview, index: number, timeoutMs = 30_000): Promise<number> {
  const token = `Benchmark edit ${index}, ${Date.now()}.`;
  const started = performance.now();
  await appendFile(preview.sectionFile, `\n${token}\n`);
  await until(preview.server, async () => (await readFile(preview.sectionPage, 'utf8').catch(() => '')).includes(token), timeoutMs);
  const ms = performance.now() - started;
  await settle();
  return ms;
}

/** The publication the structural edit adds a section to. */
export const PUBLICATION = 'tri-borough-story';

/** The built pages of the publication's Markdown pages, other than `except` (a file name without .md). */
export async function publicationPages(preview: Preview, except: string): Promise<string[]> {
  // From content/, not _site/: the preview leaves a removed page's old output on disk.
  const names = (await readdir(path.join(preview.mirror, 'content', PUBLICATION))).filter((name) => name.endsWith('.md') && name !== `${except}.md`);
  return names.map((name) => path.join(preview.mirror, '_site', PUBLICATION, name === 'index.md' ? '' : name.replace(/\.md$/, ''), 'index.html'));
}

/**
 * Adds a section to the publication and waits until every other page of it links to the new
 * page in its contents (a structural change: Eleventy's incremental build alone would rewrite
 * only the new page); then removes it again, waiting until no page links to it.
 * @returns the time from saving the new file to the last page holding the link, in ms.
 */
export async function timeStructureChange(preview: Preview, index: number, timeoutMs = 30_000): Promise<number> {
  const name = `added-section-${index}-${Date.now()}`;
  const file = path.join(preview.mirror, 'content', PUBLICATION, `${name}.md`);
  const link = `href="/${PUBLICATION}/${name}/"`;
  const others = await publicationPages(preview, name);
  const allLink = async (present: boolean): Promise<boolean> => {
    const texts = await Promise.all(others.map((page) => readFile(page, 'utf8').catch(() => '')));
    return texts.every((text) => text.includes(link) === present);
  };
  const frontMatter = `---\ntitle: Section added ${index}\norder: ${900 + index}\nsummary: A section added while the preview runs.\nsource: tri-borough-story-2013\nupdated: "2013"\n---\nA new section.\n`;
  const started = performance.now();
  await writeFile(file, frontMatter);
  await until(preview.server, () => allLink(true), timeoutMs);
  const ms = performance.now() - started;
  await settle();
  await rm(file);
  await until(preview.server, () => allLink(false), timeoutMs);
  await settle();
  return ms;
}

/** Lets the watcher settle, so the next edit is seen as a new change, not part of the last one. */
export function settle(): Promise<void> {
  return sleep(700);
}

/** Polls `ready` every 2 ms. @throws Error with the server's output if it stops or time runs out. */
export async function until(server: LoggedProcess, ready: () => Promise<boolean>, timeoutMs: number): Promise<void> {
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
