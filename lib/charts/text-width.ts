/**
 * Text widths for laying out charts without a canvas. Vega guesses 0.8 em a character, which
 * leaves wide margins; these are Helvetica's widths (close to Arial, Roboto and Segoe UI),
 * in thousandths of an em, for printable ASCII from space (32) to tilde (126).
 */
const WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space to /
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0 to ?
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ to O
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P to _
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` to o
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, // p to ~
];

/** Widths are rounded up by this much, since the reader’s font may be wider (DejaVu Sans, on Linux, is). */
const SAFETY = 1.15;
/** Bold text is wider. */
const BOLD = 1.07;

/** Marks that draw nothing of their own: accents over a letter, the joiners and selectors inside an emoji. */
const ZERO_WIDTH = /[\p{M}\u200b-\u200f\u2060\ufe00-\ufe0f]|\p{Emoji_Modifier}/u;
/** Emoji, drawn from a colour font a little wider than a square. */
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
/** Chinese, Japanese and Korean characters and full-width forms: a square each. */
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uff60\uffe0-\uffe6]/u;

/**
 * One character's width in thousandths of an em: Helvetica's for ASCII; a square and a quarter
 * for an emoji (Noto Color Emoji's advance); a square for CJK; nothing for accents and joiners;
 * a wide letter's for anything else (accented Latin, Greek, Cyrillic, Arabic).
 */
function charWidth(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code < 127) return WIDTHS[code - 32] ?? 556;
  if (ZERO_WIDTH.test(char)) return 0;
  if (EMOJI.test(char)) return 1275;
  return WIDE.test(char) ? 1000 : 667;
}

/**
 * Estimates how wide a line of text is, in px.
 * @example textWidth('£4.54m', 14) // about 45
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let thousandths = 0;
  for (const char of text) thousandths += charWidth(char);
  return (thousandths / 1000) * fontSize * SAFETY * (bold ? BOLD : 1);
}
