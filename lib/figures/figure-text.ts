import { messages } from '../messages.ts';

/** How YAML writes infinity and "not a number", which a table reads as text (yaml-file.ts). */
const INFINITY = /^[-+]?\.(inf|Inf|INF)$/;
const NOT_A_NUMBER = /^\.(nan|NaN|NAN)$/;
const EXPONENT = /^[-+]?(\.\d+|\d+(\.\d*)?)[eE][-+]?\d+$/;

/**
 * What to write instead of a figure a table holds as text, as the end of the message refusing
 * it: "1,720" and "£0.92m" are numbers with extras, 1e3 is exponent notation, 0x1A hexadecimal,
 * .inf infinity. Tables read only plain decimals as numbers, so each of these arrives as text.
 * @returns the fix to add to the message, or '' when the text is no number at all ("twelve").
 */
export function figureTextFix(got: unknown): string {
  if (typeof got !== 'string') return '';
  const written = got.trim();
  if (INFINITY.test(written)) return messages.figureInfinity(written);
  if (NOT_A_NUMBER.test(written)) return messages.figureNotANumber(written);
  if (/^0x[\da-fA-F]+$/.test(written)) return messages.figureInBase(written, 'hexadecimal', Number(written));
  if (/^0o[0-7]+$/.test(written)) return messages.figureInBase(written, 'octal', Number(written));
  if (EXPONENT.test(written)) return messages.figureWithExponent(written, plainDecimal(Number(written)));
  const meant = numberMeant(got);
  return meant === undefined ? '' : messages.writeNumberAs(meant, /^\s*[\d.]+\s*$/.test(got));
}

/** A number written out in plain decimal digits, as 1e3 is 1000 and 2.5e-3 is 0.0025. */
function plainDecimal(value: number): string {
  return value.toLocaleString('en-GB', { useGrouping: false, maximumFractionDigits: 20 });
}

/**
 * The number a figure written as text most likely means: "1,720", "1 720", "£0.92m", "0.92m" or
 * "40 weeks" are 1720, 1720, 0.92, 0.92 and 40, since the unit comes from the table or row.
 * Undefined when it is not that, or when the number would have to change too ("£1.2bn" in a £m table).
 */
function numberMeant(got: string): number | undefined {
  if (/bn|billion|thousand|k\b/i.test(got)) return undefined;
  // Thousands are set apart by commas, or in some styles by spaces (thin or not) or underscores.
  const digits = /^\s*£?\s*(\d{1,3}(?:[,_ \u00a0\u202f]\d{3})+|\d+)(\.\d+)?\s*(?:m|bn|%|[a-z ]+)?\s*$/i.exec(got);
  if (!digits) return undefined;
  return Number(`${(digits[1] ?? '').replace(/[^\d]/g, '')}${digits[2] ?? ''}`);
}
