/**
 * decap-server's own request handlers (its "fs" mode: the editing screens' reads and saves go
 * straight to the project's files), loaded into our server rather than run as their own: run
 * alone, decap-server answers any web page on localhost and any host name, unchecked.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { toolRequire } from '../tools/optional-tool.ts';

/** A request once express has read its JSON body. */
export interface ApiRequest extends IncomingMessage {
  body?: unknown;
}

/** An express middleware; one with four parameters handles errors. */
export type Middleware = (request: ApiRequest, response: ServerResponse, next: (error?: unknown) => void) => void;
export type ErrorMiddleware = (error: unknown, request: ApiRequest, response: ServerResponse, next: (error?: unknown) => void) => void;

/** The little of an express app we use. */
export interface ExpressApp {
  (request: IncomingMessage, response: ServerResponse): void;
  use(...handlers: Array<Middleware | ErrorMiddleware>): void;
  disable(setting: string): void;
}

interface Express {
  (): ExpressApp;
  json(options: { limit: string }): Middleware;
}

/**
 * Loads a module from decap-server's own folder, so express and the handlers are the ones it was
 * built with. decap-server is an optional tool (tools/cms/, `npm run tools -- cms`).
 * @throws when tools/cms/ is not installed, saying how to install it.
 */
function fromDecap(id: string): unknown {
  return createRequire(toolRequire('cms').resolve('decap-server'))(id);
}

/**
 * A new express app, and the JSON body reader decap-server uses (same size limit), so our checks
 * can read a request before decap-server does (which then reuses what was read).
 */
export function decapExpress(): { app: ExpressApp; readJson: Middleware } {
  const express = fromDecap('express') as Express;
  const app = express();
  app.disable('x-powered-by');
  return { app, readJson: express.json({ limit: '50mb' }) };
}

/**
 * Adds decap-server's handlers for `POST /api/v1` on the files under `repo`, after whatever the
 * app already has: our checks must be added first.
 * @param logLevel winston's: 'error' keeps it quiet, 'info' says where it saves.
 */
export async function useDecapHandlers(app: ExpressApp, repo: string, logLevel: 'error' | 'info'): Promise<void> {
  const { registerLocalFs } = fromDecap('./middlewares.js') as {
    registerLocalFs(app: ExpressApp, options: { logLevel: string }): Promise<void>;
  };
  // decap-server takes the project folder from this variable only, and reads it at once.
  const saved = process.env.GIT_REPO_DIRECTORY;
  process.env.GIT_REPO_DIRECTORY = repo;
  let registered: Promise<void>;
  try {
    registered = registerLocalFs(app, { logLevel });
  } finally {
    if (saved === undefined) delete process.env.GIT_REPO_DIRECTORY;
    else process.env.GIT_REPO_DIRECTORY = saved;
  }
  await registered;
}
