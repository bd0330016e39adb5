/**
 * `npm run serve -- [--port=8081] [--prefix=/report/]`: serves the built _site/ as a static
 * host would (no live reload, no rebuild), on 127.0.0.1. The browser tests use it.
 */
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import sirv from 'sirv';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '8081' }, prefix: { type: 'string', default: '/' }, dir: { type: 'string', default: '_site' } },
});
const prefix = values.prefix.endsWith('/') ? values.prefix : `${values.prefix}/`;
const serve = sirv(values.dir, { dev: false, etag: true, extensions: ['html'] });

const server = createServer((request, response) => {
  const url = request.url ?? '/';
  if (!url.startsWith(prefix)) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  request.url = `/${url.slice(prefix.length)}`;
  serve(request, response, () => {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  });
});
server.listen(Number(values.port), '127.0.0.1', () => console.log(`Serving ${values.dir}/ at http://127.0.0.1:${values.port}${prefix}`));
