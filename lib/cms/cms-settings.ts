/** Where the editing screens read and write, for `npm run cms` and for the published site. */
import type { DecapBackend } from './decap-types.ts';

/**
 * The port `npm run cms` runs decap-server on. Not Decap's default 8081, which
 * `npm run serve` already uses.
 */
export const DECAP_SERVER_PORT = 8082;

/** The local proxy's address, as the browser reaches it from http://localhost:8080/admin/. */
export function localBackendUrl(port: number = DECAP_SERVER_PORT): string {
  return `http://127.0.0.1:${port}/api/v1`;
}

/**
 * The git host the published /admin/ saves to. Changes go through pull requests (Decap's
 * editorial workflow), so CI checks each one before it is merged and published.
 * TODO(#7): the real repository, and an OAuth provider for GitHub logins.
 */
export const PUBLISHED_BACKEND: DecapBackend = { name: 'github', repo: 'OWNER/REPOSITORY', branch: 'main' };
