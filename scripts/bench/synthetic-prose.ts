/**
 * Markdown pages for the synthetic report: front matter as in content/**, about 450 words of
 * prose a section (the real sections' average), headings, a list, and the report's shortcodes.
 */
import type { SeededRandom } from './seeded-random.ts';

/** What one generated page says and cites. */
export interface PageSpec {
  title: string;
  order: number;
  source: string;
  updated: string;
  /** Marks a publication's landing page (index.md). */
  publication?: boolean;
  /** `table.row` ids cited with `{% figure %}`. */
  figures: string[];
  /** A table shown with `{% figureTable %}` and `{% chart %}`, as in two-years-on.md. */
  chartTable?: string;
}

const WORDS = ('we the three councils shared services people families residents care savings budget service ' +
  'local public health children adults housing work young older support plans government pilot ' +
  'better lives money teams together boroughs costs years programme new joined-up front line ' +
  'outcomes help homes jobs partners’ community proposals progress officers councillors').split(' ');

/**
 * Writes one page as Markdown with front matter.
 * @returns the file text.
 */
export function pageMarkdown(spec: PageSpec, random: SeededRandom): string {
  const front = [
    '---',
    `title: ${JSON.stringify(spec.title)}`,
    `order: ${spec.order}`,
    `summary: ${JSON.stringify(`What ${spec.title.toLowerCase()} covers: the plans, the savings and the people on the front line.`)}`,
    `source: ${spec.source}`,
    `updated: "${spec.updated}"`,
    ...(spec.publication ? ['publication: true'] : []),
    '---',
  ];
  return `${[...front, ...body(spec, random)].join('\n')}\n`;
}

function body(spec: PageSpec, random: SeededRandom): string[] {
  const figures = [...spec.figures];
  const cite = (): string => (figures.length > 0 ? ` That came to {% figure "${figures.shift()}" %} in the year.` : '');
  const lines = [paragraph(random, 60) + cite(), ''];
  for (let heading = 1; heading <= 3; heading += 1) {
    lines.push(`## ${sentence(random, 4).slice(0, -1)}`, '', paragraph(random, 70) + cite(), '');
    if (heading === 2) lines.push(...list(random), '');
    if (heading === 2 && spec.chartTable) lines.push(`{% figureTable "${spec.chartTable}" %}`, '', `{% chart "${spec.chartTable}" %}`, '');
    lines.push(paragraph(random, 60) + cite(), '');
  }
  return lines;
}

function list(random: SeededRandom): string[] {
  return Array.from({ length: 3 }, () => `- ${sentence(random, 8).slice(0, -1).toLowerCase()}`);
}

function paragraph(random: SeededRandom, words: number): string {
  const sentences: string[] = [];
  for (let count = 0; count < words; count += 12) sentences.push(sentence(random, 12));
  return sentences.join(' ');
}

function sentence(random: SeededRandom, words: number): string {
  const text = Array.from({ length: words }, () => random.pick(WORDS)).join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}
