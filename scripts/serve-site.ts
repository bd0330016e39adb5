/**
 * `npm run serve -- [--port=8081] [--prefix=/report/] [--dir=_site]`: serves the built site as a
 * static host would (no live reload, no rebuild), on 127.0.0.1. The browser tests use it.
 */
import { parseArgs } from 'node:util';
import { startStaticServer } from '../lib/build/static-server.ts';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '8081' }, prefix: { type: 'string', default: '/' }, dir: { type: 'string', default: '_site' } },
});
const server = await startStaticServer(values.dir, values.prefix, Number(values.port));
console.log(`Serving ${values.dir}/ at ${server.url}`);
