import { once } from 'node:events';
import { createServer } from 'node:net';

/** A port nothing listens on now, on 127.0.0.1: for a server whose address must be known before it starts. */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('could not find a free port');
  return address.port;
}
