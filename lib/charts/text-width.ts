import { fontAdvance } from './font-metrics.ts';

/**
 * Text widths for laying out charts without a canvas, in the font the page draws them in: the
 * site's own (lib/site/site-font.ts), measured from its file. Vega guesses 0.8 em a character.
 */

/** Widths are rounded up by this much: browsers place glyphs on whole or half pixels, and hint them. */
const SAFETY = 1.04;

/** Marks that draw nothing of their own: accents over a letter, the joiners and selectors inside an emoji. */
const ZERO_WIDTH = /[\p{M}\u200b-\u200f\u2060\ufe00-\ufe0f]|\p{Emoji_Modifier}/u;
/** Emoji, drawn from a colour font a little wider than a square. */
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
/** Chinese, Japanese and Korean characters and full-width forms: a square each. */
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uff60\uffe0-\uffe6]/u;

/**
 * One character's width in thousandths of an em: the site font's own; where it has no glyph,
 * nothing for accents and joiners, a square and a quarter for an emoji (Noto Color Emoji's
 * advance), a square for CJK, and a wide letter's for anything else (Greek, Cyrillic, Arabic).
 */
function charWidth(char: string, bold: boolean): number {
  if (ZERO_WIDTH.test(char)) return 0;
  const own = fontAdvance(char, bold);
  if (own !== undefined) return own;
  if (EMOJI.test(char)) return 1275;
  return WIDE.test(char) ? 1000 : 667;
}

/**
 * Estimates how wide a line of text is, in px.
 * @example textWidth('£4.54m', 14) // about 50
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let thousandths = 0;
  for (const char of text) thousandths += charWidth(char, bold);
  return (thousandths / 1000) * fontSize * SAFETY;
}
