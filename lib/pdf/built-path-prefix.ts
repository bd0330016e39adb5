import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { publicBaseOf } from './public-href.ts';

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

/**
 * The address a built site says it is published at, from its home page's canonical link (the
 * site's `url` as the build set it), with its path prefix, ending in `/`.
 * @returns like `https://reports.example.org/report/`, or undefined without a canonical link.
 */
export function builtPublicBase(site: string, prefix = '/'): string | undefined {
  const home = path.join(site, 'index.html');
  if (!existsSync(home)) return undefined;
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(home, 'utf8'))?.[1];
  if (!canonical) return undefined;
  // A canonical link that already carries the prefix is not given it twice.
  return publicBaseOf(canonical, prefix);
}
