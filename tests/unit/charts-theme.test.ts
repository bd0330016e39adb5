import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { COLOURS, FONT } from '../../lib/charts/theme.ts';
import { siteFontFile } from '../../lib/site/site-font.ts';
import { textWidth } from '../../lib/charts/text-width.ts';

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const contrastWithWhite = (hex: string): number => 1.05 / (luminance(hex) + 0.05);

describe('chart colours', () => {
  for (const name of ['brand', 'earlier', 'text'] as const) {
    it(`returns ${name} (${COLOURS[name]}) at 3:1 or more against white, for bars and outlines`, () => {
      assert.ok(contrastWithWhite(COLOURS[name]) >= 3, `${COLOURS[name]} is ${contrastWithWhite(COLOURS[name]).toFixed(2)}:1`);
    });
  }
  it('returns text at 4.5:1 or more against white and against the range tint', () => {
    assert.ok(contrastWithWhite(COLOURS.text) >= 4.5);
    assert.ok((luminance(COLOURS.rangeFill) + 0.05) / (luminance(COLOURS.text) + 0.05) >= 4.5);
  });
});

describe('chart font', () => {
  it('returns the site’s font stack, as assets/report.css --font', () => {
    const css = readFileSync('assets/report.css', 'utf8');
    assert.equal(/--font:\s*([^;]+);/.exec(css)?.[1]?.trim(), FONT);
  });
});

describe('textWidth', () => {
  it('returns more than vega needs for real text, and less than its 0.8 em guess', () => {
    const width = textWidth('£4.54m', 15);
    assert.ok(width > 6 * 15 * 0.5 && width < 6 * 15 * 0.8, String(width));
  });
  it('returns bold text wider', () => assert.ok(textWidth('Adults', 15, true) > textWidth('Adults', 15)));

  it('returns the widths of the site’s own font, read from the file the pages load', async () => {
    const loaded = await import('opentype.js');
    const { parse } = (loaded as unknown as { default?: { parse: typeof loaded.parse } }).default ?? loaded;
    const bytes = readFileSync(siteFontFile(700, 'woff'));
    const font = parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const own = [...'1,730 families'].reduce((sum, char) => sum + (font.charToGlyph(char).advanceWidth ?? 0), 0) / font.unitsPerEm;
    assert.ok(Math.abs(textWidth('1,730 families', 15, true) - own * 15 * 1.04) < 0.01);
    assert.equal(readFileSync(siteFontFile(700, 'woff2')).length > 5000, true);
    assert.match(readFileSync('assets/report.css', 'utf8'), /@font-face \{ font-family: "Noto Sans"; font-weight: 700;[^}]*url\(fonts\/noto-sans-latin-700-normal\.woff2\)/);
  });

  it('returns an emoji wider than a letter, and its joiners and selectors as nothing', () => {
    assert.ok(textWidth('🍎', 15) > textWidth('m', 15) * 1.2);
    assert.equal(textWidth('👩‍👩‍👧', 15), textWidth('👩👩👧', 15));
    assert.equal(textWidth('❤️', 15), textWidth('❤', 15));
  });

  it('returns Chinese, Japanese and Korean characters a square each, and accents as nothing', () => {
    assert.ok(Math.abs(textWidth('大阪', 10) - 2 * textWidth('大', 10)) < 0.01);
    assert.ok(textWidth('大', 10) >= 10 && textWidth('大', 10) < 11);
    assert.equal(textWidth('e\u0301', 15), textWidth('e', 15));
  });
});
