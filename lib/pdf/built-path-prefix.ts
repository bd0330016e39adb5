import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The path prefix a built site was made with, read from its home page's own stylesheet link
 * (`/report/assets/report.css` means `/report/`), so `npm run pdf` after
 * `npm run build -- --pathprefix=/report/` prints and rebuilds the same site.
 * @returns the prefix, like `/report/`, or undefined when there is no built site.
 */
export function builtPathPrefix(site: string): string | undefined {
  const home = path.join(site, 'index.html');
  if (!existsSync(home)) return undefined;
  const found = /<link rel="stylesheet" href="([^"]*\/)assets\/report\.css"/.exec(readFileSync(home, 'utf8'));
  return found?.[1];
}
