import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

/** A static server for a built site, as a host would serve it, on 127.0.0.1 only. */
export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a folder under a path prefix (`/` or `/report/`); anything outside the prefix is a 404.
 * @param port 0 picks a free port.
 */
export async function startStaticServer(dir: string, prefix = '/', port = 0): Promise<StaticServer> {
  const base = prefix.endsWith('/') ? prefix : `${prefix}/`;
  const serve = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
  const notFound = (response: import('node:http').ServerResponse): void => {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  };
  const server: Server = createServer((request, response) => {
    const url = request.url ?? '/';
    if (!url.startsWith(base)) return notFound(response);
    request.url = `/${url.slice(base.length)}`;
    serve(request, response, () => notFound(response));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
