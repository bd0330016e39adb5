/** Where the editing screens read and write, for `npm run cms` and for the published site. */
import type { DecapBackend } from './decap-types.ts';

/**
 * The port `npm run cms` runs the editing server (lib/cms/editing-server.ts) on. Not Decap's
 * default 8081, which `npm run serve` already uses.
 */
export const DECAP_SERVER_PORT = 8082;

/** The editing server's address, as the browser reaches it from http://localhost:8080/admin/. */
export function localBackendUrl(port: number = DECAP_SERVER_PORT): string {
  return `http://127.0.0.1:${port}/api/v1`;
}

/**
 * The repository the committed admin/config.yml names. The publish workflow writes its own
 * repository there before it builds (npm run cms:config -- --repository=owner/name), so a
 * copy of the project publishes editing screens that save to that copy.
 */
export const PLACEHOLDER_REPOSITORY = 'OWNER/REPOSITORY';

/** A GitHub repository as owner/name. */
export const REPOSITORY_PATTERN = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;

/**
 * The git host the published /admin/ saves to. Changes go through pull requests (Decap's
 * editorial workflow), so CI checks each one before it is merged and published.
 * @param repository owner/name on GitHub.
 * @param authUrl the OAuth service that logs editors in to GitHub: a site Netlify does not host needs its own.
 */
export function publishedBackend(repository: string = PLACEHOLDER_REPOSITORY, authUrl?: string): DecapBackend {
  return { name: 'github', repo: repository, branch: 'main', ...(authUrl ? { base_url: authUrl } : {}) };
}
