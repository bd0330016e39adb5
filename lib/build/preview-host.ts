/**
 * Where the `npm start` preview (Eleventy's dev server) listens. Left alone, it listens on every
 * network interface, so anyone on the same network could read the report as it is being written
 * and reach the editing screens at /admin/. Eleventy 3's dev server has no option for the address,
 * so its one listening call is replaced, in the copy Eleventy itself loads.
 */
import { createRequire } from 'node:module';
import { isIP } from 'node:net';

/** The default: this computer only. `npm start -- --host=0.0.0.0` opens it to the network. */
export const PREVIEW_HOST = '127.0.0.1';

interface DevServerPrototype {
  server: { listen(options: { port: number; host: string }): void };
  _serverListen?: (port: number) => void;
}

/**
 * Makes every Eleventy dev server in this process listen on `host` only. Call before it starts.
 * @throws Error if `host` is not an address, or if a new Eleventy version listens another way
 *   (then this file needs updating: the preview must not silently open to the network).
 */
export function listenPreviewOn(host: string): void {
  if (isIP(host) === 0 && host !== 'localhost') throw new Error(`--host must be an address like 127.0.0.1 (this computer only) or 0.0.0.0 (the whole network), not "${host}".`);
  const fromEleventy = createRequire(createRequire(import.meta.url).resolve('@11ty/eleventy'));
  const DevServer = fromEleventy('@11ty/eleventy-dev-server') as { prototype: DevServerPrototype };
  if (typeof DevServer.prototype._serverListen !== 'function') {
    throw new Error("Eleventy's dev server no longer listens through _serverListen: update lib/build/preview-host.ts so the preview stays on this computer.");
  }
  // Also used when the port is taken and the dev server tries the next one.
  DevServer.prototype._serverListen = function (this: DevServerPrototype, port: number): void {
    this.server.listen({ port, host });
  };
}
