/**
 * The editing server: what the editing screens (Decap CMS at /admin/) read and save through,
 * into the project's files on this computer (`local_backend`). decap-server's handlers do the
 * work; in front of them, our checks refuse any page but the editing screens and any file but
 * sections, figure tables and images. It listens on 127.0.0.1 only, so the network cannot reach it.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { localBackendUrl } from './cms-settings.ts';
import { decapExpress, useDecapHandlers } from './decap-server.ts';
import { apiGuard, errorAnswer, sourceGuard, type Log } from './guards.ts';
import { editorOrigins } from './request-source.ts';

/** A running editing server. */
export interface EditingServer {
  /** Its API address, for `local_backend: { url }`. */
  url: string;
  port: number;
  /** Where it listens, as the operating system reports it. */
  address(): AddressInfo;
  /** Stops it and waits until it has closed. */
  stop(): Promise<void>;
}

export interface EditingServerOptions {
  /** The editing server's port; 0 picks a free one. */
  port?: number;
  /** The port the preview serves the editing screens on: only pages from there may use it. */
  editorPort: number;
  /** Print each refusal, and where it saves, on the terminal (`npm run cms`). */
  verbose?: boolean;
}

/** The only address it listens on: this computer's loopback, never the network. */
export const EDITING_HOST = '127.0.0.1';

/**
 * Starts the editing server on the files under `repo`.
 * @throws Error saying so if the port is in use.
 */
export async function startEditingServer(repo: string, { port = 0, editorPort, verbose = false }: EditingServerOptions): Promise<EditingServer> {
  const log: Log = verbose ? (message) => console.error(message) : () => undefined;
  const { app, readJson } = decapExpress();
  app.use(sourceGuard(editorOrigins(editorPort), log), readJson, apiGuard(repo, log));
  await useDecapHandlers(app, repo, verbose ? 'info' : 'error');
  app.use(errorAnswer(log));
  const server = createServer(app);
  await listen(server, port);
  const actual = (server.address() as AddressInfo).port;
  return {
    url: localBackendUrl(actual),
    port: actual,
    address: () => server.address() as AddressInfo,
    stop: () => close(server),
  };
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const failed = (error: NodeJS.ErrnoException): void => {
      reject(new Error(error.code === 'EADDRINUSE' ? `port ${port} is in use: stop what runs there, or the other \`npm run cms\`` : error.message));
    };
    server.once('error', failed);
    server.listen(port, EDITING_HOST, () => {
      server.off('error', failed);
      resolve();
    });
  });
}

function close(server: Server): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  // The editing screens keep connections open; a stop must not wait for the browser.
  server.closeAllConnections();
  return closed;
}
