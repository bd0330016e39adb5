/**
 * The security policies the published site carries. They are the project's code, not a setting:
 * anyone who can edit content/ or _data/ must not be able to loosen them (see docs/security.md).
 */

/** Every page: nothing runs, and nothing is loaded from anywhere but the site itself. */
const PAGE_DIRECTIVES = [
  "default-src 'self'",
  // The report has no script at all: none may run, not even one a file in assets/ could become.
  "script-src 'none'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** The editing screens at /admin/: Decap CMS needs eval and inline styles, and talks to GitHub or the local editing server. */
const ADMIN_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https://avatars.githubusercontent.com",
  "font-src 'self' data:",
  "connect-src 'self' http://127.0.0.1:* http://localhost:* https://api.github.com",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

/** The policy in each page's `<meta>`: the one protection that travels with the page to any host. */
export const PAGE_POLICY = PAGE_DIRECTIVES.join('; ');

/** The same policy as a header, where a host sends one: a header can also refuse framing, which `<meta>` cannot. */
export const PAGE_POLICY_HEADER = [...PAGE_DIRECTIVES, "frame-ancestors 'none'"].join('; ');

/** The policy of the editing screens, as a header. */
export const ADMIN_POLICY_HEADER = ADMIN_DIRECTIVES.join('; ');
