import type { Problem } from '../errors.ts';
import { bounds } from '../figures/interval.ts';
import type { FigureRegistry } from '../figures/registry.ts';
import { isMoney } from '../figures/units.ts';
import { messages } from '../messages.ts';

/** A number as prose writes it: £9.92m, £347,000, 1,720, 10%, with any £ and m/million. */
const TYPED_NUMBER = /(£)?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(\s?(?:m\b|million\b))?(%)?/g;
/** Shortcodes, whose ids hold digits that are not prose. */
const SHORTCODE = /\{%[\s\S]*?%\}/g;
const MONTHS = /(January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|winter|in|since|from|until|by|of)\s*$/i;

/** The numbers of each registry, worked out once: every page is checked against the same data. */
const knownByRegistry = new WeakMap<FigureRegistry, Map<string, string>>();

/** A number the data holds, keyed by how prose would write it, with the figure to cite instead. */
function knownNumbers(registry: FigureRegistry): Map<string, string> {
  const cached = knownByRegistry.get(registry);
  if (cached) return cached;
  const known = new Map<string, string>();
  knownByRegistry.set(registry, known);
  for (const id of registry.ids()) {
    const { statement, unit, others } = registry.cite(id);
    for (const candidate of [statement, ...others]) {
      const { min, max } = bounds(candidate.value);
      for (const value of new Set([min, max])) {
        const key = isMoney(unit) ? `£${unit === '£m' ? value * 1_000_000 : value}` : String(value);
        const selector = others.length > 0 ? `@${candidate.date.slice(0, 4)}` : '';
        if (!known.has(key)) known.set(key, `${id}${selector}`);
      }
    }
  }
  return known;
}

/**
 * Finds numbers typed into prose that the data already holds, so they cannot drift from it:
 * each comes with the shortcode to write instead. Years, dates and small counts are left alone.
 * @param firstLine the file line the body starts on.
 */
export function findTypedFigures(body: string, file: string, firstLine: number, registry: FigureRegistry): Problem[] {
  const known = knownNumbers(registry);
  const problems: Problem[] = [];
  body.split('\n').forEach((rawLine, index) => {
    const line = rawLine.replace(SHORTCODE, (code) => ' '.repeat(code.length));
    for (const match of line.matchAll(TYPED_NUMBER)) {
      const [text, pound, digits = '', millions] = match;
      const value = Number(digits.replace(/,/g, '')) * (millions ? 1_000_000 : 1);
      if (!pound && (value < 10 || isDate(line, match.index ?? 0, value))) continue;
      const figure = known.get(pound ? `£${value}` : String(value));
      if (figure) problems.push({ file, line: firstLine + index, col: (match.index ?? 0) + 1, message: messages.typedFigure(text.trim(), figure) });
    }
  });
  return problems;
}

function isDate(line: string, at: number, value: number): boolean {
  const before = line.slice(0, at);
  return (value >= 1900 && value <= 2100) || /\d\/$/.test(before) || (MONTHS.test(before) && value <= 31) || line[at + String(value).length] === '/';
}
