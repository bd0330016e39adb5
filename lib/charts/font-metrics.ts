import { createRequire } from 'node:module';
import type { Font } from 'opentype.js';
import { siteFontBytes } from '../site/site-font.ts';

const load = createRequire(import.meta.url);

/**
 * Reads a font file with opentype.js, loaded the first time a chart's text is measured: a build
 * whose charts are all in the cache draws none, and loading its 600 KB anyway cost every such
 * build CPU for nothing (with htmlparser2, about 50 ms; scripts/compiled.mjs keeps both out of the bundle).
 */
function parse(bytes: ArrayBuffer): Font {
  return (load('opentype.js') as typeof import('opentype.js')).parse(bytes);
}

let fonts: { regular: Font; bold: Font } | undefined;
const widths = new Map<string, number | undefined>();

/**
 * A character's advance width in the site's own font (site-font.ts), as the page draws it, in
 * thousandths of an em; read with opentype.js from the font file the page loads, once a process.
 * @returns undefined when the font has no glyph for it: the reader's browser then draws it in a
 *   font of its own, whose width text-width.ts estimates.
 */
export function fontAdvance(char: string, bold: boolean): number | undefined {
  const key = `${bold ? 'b' : 'r'}${char}`;
  if (widths.has(key)) return widths.get(key);
  fonts ??= { regular: parse(siteFontBytes(400)), bold: parse(siteFontBytes(700)) };
  const font = bold ? fonts.bold : fonts.regular;
  const glyph = font.charToGlyph(char);
  const width = glyph.index === 0 || glyph.advanceWidth === undefined ? undefined : (glyph.advanceWidth / font.unitsPerEm) * 1000;
  widths.set(key, width);
  return width;
}
