import type { IncomingMessage, ServerResponse } from 'node:http';
import { errorPage } from './error-page.ts';
import type { FailureReport } from './failure-report.ts';

/** The last build's outcome, shared by the preview's error handler and its server. */
export interface BuildOutcome {
  /** Why the last build failed; undefined once a build succeeds. */
  failure: FailureReport | undefined;
  /** Whether the last good build followed a failed one, so open pages show the error page. */
  mended: boolean;
}

/**
 * A middleware for Eleventy's dev server: while the last build failed, every page request
 * gets the error page instead of the stale page. Scripts, styles, images, the dev server's own
 * files and the editing screens (/admin/, where the mistake may be mended) are served as usual.
 */
export function failureMiddleware(outcome: BuildOutcome) {
  return (request: IncomingMessage, response: ServerResponse, next: () => void): void => {
    const { failure } = outcome;
    const pathname = new URL(request.url ?? '/', 'http://preview').pathname;
    if (!failure || !isPageRequest(request.method, pathname)) return next();
    response.statusCode = 200;
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.setHeader('Cache-Control', 'no-store');
    response.end(request.method === 'HEAD' ? '' : errorPage(failure, pathname));
  };
}

/** Whether a request is for a page (a folder's index or an .html file), not a file it uses. */
export function isPageRequest(method: string | undefined, pathname: string): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  if (pathname.startsWith('/.11ty/') || pathname.startsWith('/admin/')) return false;
  const last = pathname.slice(pathname.lastIndexOf('/') + 1);
  return last === '' || last.endsWith('.html') || !last.includes('.');
}
