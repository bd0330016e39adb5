import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** The site's font: Noto Sans from @fontsource, self-hosted, its Latin letters (a square's worth of other scripts falls back to the reader's fonts). */
export const SITE_FONT = { family: 'Noto Sans', package: '@fontsource/noto-sans', subset: 'latin' } as const;

/** The weights the site uses, as @fontsource names its files. */
export const SITE_FONT_WEIGHTS = [400, 700] as const;

/**
 * A file of the site's font, in the package: `woff2` for pages (assets/fonts/), `woff` for
 * measuring (opentype.js reads it; the glyphs and their widths are the same).
 * @example siteFontFile(700, 'woff2') // ".../node_modules/@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2"
 */
export function siteFontFile(weight: (typeof SITE_FONT_WEIGHTS)[number], format: 'woff' | 'woff2'): string {
  // The package has no entry point to resolve: its package.json is found the way Node finds packages.
  const dir = path.dirname(createRequire(path.join(process.cwd(), 'package.json')).resolve(`${SITE_FONT.package}/package.json`));
  return path.join(dir, 'files', siteFontName(weight, format));
}

/**
 * The site font's woff2 files for Eleventy to copy, each from its path inside the project
 * (`node_modules/...`, as npm installs it) to `assets/fonts/`. Never a path out of the project
 * (`../`): Eleventy would watch from above it, and `npm start` would no longer match a saved
 * file to its page.
 */
export function siteFontCopies(): Record<string, string> {
  const entries = SITE_FONT_WEIGHTS.map((weight) => siteFontName(weight, 'woff2')).map((name) => [`node_modules/${SITE_FONT.package}/files/${name}`, `assets/fonts/${name}`]);
  return Object.fromEntries(entries);
}

/** The file's own name, as the site publishes it under assets/fonts/. */
export function siteFontName(weight: number, format: 'woff' | 'woff2'): string {
  return `noto-sans-${SITE_FONT.subset}-${weight}-normal.${format}`;
}

/** The font file's bytes as an ArrayBuffer, as opentype.js takes them. */
export function siteFontBytes(weight: (typeof SITE_FONT_WEIGHTS)[number]): ArrayBuffer {
  const bytes = readFileSync(siteFontFile(weight, 'woff'));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
