/**
 * The editing server's checks, as express middlewares run before decap-server's handlers: who
 * is asking (request-source.ts), then which files the request touches (check-targets.ts).
 */
import type { ServerResponse } from 'node:http';
import { apiTargets } from './api-targets.ts';
import { checkTargets } from './check-targets.ts';
import type { ErrorMiddleware, Middleware } from './decap-server.ts';
import { refusals } from './refusals.ts';
import { checkSource } from './request-source.ts';

/** Where refusals are reported on the terminal, besides the answer to the editing screens. */
export type Log = (message: string) => void;

/** Refuses any request whose Host or Origin is not the editing screens'. */
export function sourceGuard(origins: readonly string[], log: Log): Middleware {
  return (request, response, next) => {
    const refused = checkSource(request.headers, request.socket.localPort ?? 0, origins);
    if (!refused) return next();
    log(refused);
    refuse(response, 403, refused);
  };
}

/** Refuses a request to the API that touches any file the editing screens may not. */
export function apiGuard(root: string, log: Log): Middleware {
  return (request, response, next) => {
    if (request.method !== 'POST') return next();
    const found = apiTargets(request.body);
    if ('refused' in found) return refuse(response, 400, found.refused, request.headers.origin);
    checkTargets(root, found.targets).then((problems) => {
      if (problems.length === 0) return next();
      problems.forEach(log);
      refuse(response, 403, problems.join(' '), request.headers.origin);
    }, next);
  };
}

/** Answers a request express could not read (not JSON, too large), or a check that failed, in our words. */
export function errorAnswer(log: Log): ErrorMiddleware {
  // express takes a handler for errors by its four parameters.
  return (error, request, response, _next) => {
    const status = (error as { status?: unknown }).status;
    if (status === 413) return refuse(response, 413, refusals.notUnderstood('it is larger than 50 MB'), request.headers.origin);
    if (typeof status === 'number' && status < 500) return refuse(response, 400, refusals.notUnderstood('it is not JSON'), request.headers.origin);
    const message = refusals.failed((error as Error).message);
    log(message);
    refuse(response, 500, message, request.headers.origin);
  };
}

/**
 * Answers with `{ error }`, as decap-server does, so the editing screens show the message.
 * @param origin the editing screens' origin, already checked: lets them read the answer.
 */
function refuse(response: ServerResponse, status: number, message: string, origin?: string): void {
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8', vary: 'Origin' };
  if (origin) headers['access-control-allow-origin'] = origin;
  response.writeHead(status, headers).end(JSON.stringify({ error: message }));
}
