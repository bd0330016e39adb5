import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import sirv from 'sirv';

/** A static server for a built site, as a host would serve it, on 127.0.0.1 only. */
export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a folder under a path prefix (`/` or `/report/`); anything outside the prefix, or not
 * in the folder, is a 404 with the site's own 404.html, as GitHub Pages answers.
 * @param port 0 picks a free port.
 */
export async function startStaticServer(dir: string, prefix = '/', port = 0): Promise<StaticServer> {
  const base = prefix.endsWith('/') ? prefix : `${prefix}/`;
  const serve = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
  const server: Server = createServer((request, response) => {
    const url = request.url ?? '/';
    if (!url.startsWith(base)) return notFound(dir, response);
    request.url = `/${url.slice(base.length)}`;
    serve(request, response, () => notFound(dir, response));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A 404: the site's 404.html, read afresh (a build swaps the folder), else a line of text. */
function notFound(dir: string, response: ServerResponse): void {
  const page = path.join(dir, '404.html');
  if (!existsSync(page)) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(page));
}
