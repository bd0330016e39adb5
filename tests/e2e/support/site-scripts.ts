import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);
/** Runs a TypeScript script with tsx in one Node process, which is easy to stop. */
const TSX = ['--import', 'tsx'];

/**
 * Builds the site with `npm run build -- --quiet <flags>`, exactly as a developer or CI would.
 * @throws with the build's output when it fails.
 */
export async function buildSite(flags: string[]): Promise<void> {
  await run('npm', ['run', '--silent', 'build', '--', '--quiet', ...flags], { timeout: 120_000 });
}

/** A running `npm run serve`: where it serves, and how to stop it. */
export interface ServedSite {
  url: string;
  stop(): Promise<void>;
}

/**
 * Serves a built folder under a path prefix with scripts/serve-site.ts, on a free port.
 * @returns once the server has said where it listens.
 */
export async function serveSite(dir: string, prefix: string): Promise<ServedSite> {
  const server = spawn(process.execPath, [...TSX, 'scripts/serve-site.ts', `--dir=${dir}`, `--prefix=${prefix}`, '--port=0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const listen = (chunk: Buffer): void => {
      output += chunk.toString();
      const found = /https?:\/\/\S+/.exec(output);
      if (found) resolve(found[0]);
    };
    server.stdout.on('data', listen);
    server.stderr.on('data', listen);
    server.on('exit', (code) => reject(new Error(`serve-site exited with ${code}:\n${output}`)));
  });
  return { url, stop: () => stopProcess(server) };
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
