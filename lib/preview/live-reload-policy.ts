import type { IncomingMessage, ServerResponse } from 'node:http';

const NO_SCRIPT = /(<meta http-equiv="Content-Security-Policy" content="[^"]*script-src )&#39;none&#39;/;

/**
 * A middleware for the preview only: lets Eleventy's live-reload script run. The pages' own
 * security policy allows no script at all (lib/site/security-policy.ts), which would block it,
 * and the preview would never reload or show a broken edit's problems by itself. Only the dev
 * server's own folder, /.11ty/ on the address the browser used, is allowed; the published
 * pages keep script-src 'none'.
 */
export function allowLiveReloadScript(request: IncomingMessage, response: ServerResponse, next: () => void): void {
  const host = request.headers.host;
  if (!host || !/^[\w.:[\]-]+$/.test(host)) return next();
  const end = response.end;
  response.end = function (this: ServerResponse, data?: unknown, ...rest: unknown[]) {
    const html = typeof data === 'string' && String(this.getHeader('content-type') ?? '').startsWith('text/html');
    const body = html ? (data as string).replace(NO_SCRIPT, `$1http://${host}/.11ty/`) : data;
    return (end as (...args: unknown[]) => ServerResponse).call(this, body, ...rest);
  } as ServerResponse['end'];
  next();
}
