/**
 * listenPreviewOn (lib/build/preview-host.ts): Eleventy's dev server, as `npm start` runs it,
 * listens on 127.0.0.1 and cannot be reached through this machine's network address.
 * (tests/unit/start.test.ts checks the same of a real `npm start`.)
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { listenPreviewOn } from '../../lib/build/preview-host.ts';
import { accepts, networkAddress } from '../fixtures/network-address.ts';

interface DevServer {
  serve(port: number): void;
  ready(): Promise<void>;
  close(): Promise<void>;
  server: { address(): { address: string; port: number } };
}

const dir = mkdtempSync(path.join(tmpdir(), 'preview-host-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Starts Eleventy's own dev server, as Eleventy loads it, on a free port. */
async function startDevServer(): Promise<DevServer> {
  const fromEleventy = createRequire(createRequire(import.meta.url).resolve('@11ty/eleventy'));
  const DevServer = fromEleventy('@11ty/eleventy-dev-server') as { getServer(name: string, dir: string, options: object): DevServer };
  const quiet = { info: () => undefined, log: () => undefined, error: () => undefined };
  const server = DevServer.getServer('test', dir, { logger: quiet, liveReload: false });
  server.serve(0);
  await server.ready();
  return server;
}

describe('listenPreviewOn', () => {
  it('makes the dev server listen on 127.0.0.1, out of reach of the network', async (t) => {
    listenPreviewOn('127.0.0.1');
    const server = await startDevServer();
    t.after(() => server.close());
    const { address, port } = server.server.address();
    assert.equal(address, '127.0.0.1');
    assert.equal(await accepts('127.0.0.1', port), true);
    const external = networkAddress();
    if (external) assert.equal(await accepts(external, port), false, `reachable at ${external}:${port}`);
  });

  it('throws on a host that is not an address, saying what to write', () => {
    assert.throws(() => listenPreviewOn('every interface'), /--host must be an address like 127\.0\.0\.1 .* or 0\.0\.0\.0/);
  });
});
