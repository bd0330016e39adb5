/**
 * `tsx scripts/bench/generate-report.ts <folder> --sections=100 --charts=20`: writes a complete
 * synthetic report (content/, _data/, links to the project's code) that `tsx scripts/build.ts`
 * builds when run in that folder.
 */
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT, linkProject } from './project-folder.ts';
import { pageMarkdown, type PageSpec } from './synthetic-prose.ts';
import { seededRandom, type SeededRandom } from './seeded-random.ts';
import { SYNTHETIC_SOURCES, syntheticTable, type SyntheticTable } from './synthetic-tables.ts';

/** The size of a synthetic report. */
export interface ReportSize {
  /** Section pages, not counting each publication's landing page. */
  sections: number;
  /** Sections showing a figure table and a chart; one table a chart. */
  charts: number;
  /** Sections a publication (folder under content/); 20 unless given. */
  perPublication?: number;
}

const SOURCES = ['synthetic-report-2013', 'synthetic-update-2017'] as const;
const UPDATED = { 'synthetic-report-2013': '2013', 'synthetic-update-2017': '2017-08-10' } as const;

/**
 * Writes the synthetic report into `dir`, the same report for the same size every time.
 * @returns how many Markdown pages it wrote (sections plus landing pages).
 */
export async function generateReport(dir: string, size: ReportSize): Promise<number> {
  const random = seededRandom(size.sections * 7919 + size.charts);
  await linkProject(dir);
  const tables = await writeData(dir, Math.max(1, size.charts), random);
  const perPublication = size.perPublication ?? 20;
  const chartEvery = size.charts > 0 ? size.sections / size.charts : Infinity;
  let pages = 0;
  for (let first = 0; first < size.sections; first += perPublication) {
    const count = Math.min(perPublication, size.sections - first);
    pages += await writePublication(dir, first / perPublication + 1, { first, count }, { tables, chartEvery, random });
  }
  return pages;
}

interface PublicationContext {
  tables: SyntheticTable[];
  chartEvery: number;
  random: SeededRandom;
}

/** Writes publication `number`: its landing page and sections `first` to `first + count - 1`. */
async function writePublication(dir: string, number: number, { first, count }: { first: number; count: number }, context: PublicationContext): Promise<number> {
  const folder = path.join(dir, 'content', `publication-${String(number).padStart(3, '0')}`);
  await mkdir(folder, { recursive: true });
  const source = SOURCES[number % 2] ?? SOURCES[0];
  const landing = { title: `Publication ${number}`, order: 0, source, updated: UPDATED[source], publication: true };
  await writeFile(path.join(folder, 'index.md'), pageMarkdown({ ...landing, figures: citations(context, 2) }, context.random));
  for (let index = first; index < first + count; index += 1) {
    const spec: PageSpec = { title: `Section ${index + 1}`, order: index - first + 1, source, updated: UPDATED[source], figures: citations(context, 4) };
    const chartIndex = index / context.chartEvery;
    if (Number.isInteger(chartIndex)) spec.chartTable = context.tables[chartIndex]?.id;
    await writeFile(path.join(folder, `section-${String(index + 1).padStart(4, '0')}.md`), pageMarkdown(spec, context.random));
  }
  return count + 1;
}

function citations(context: PublicationContext, count: number): string[] {
  return Array.from({ length: count }, () => {
    const table = context.random.pick(context.tables);
    return `${table.id}.${context.random.pick(table.rowIds)}`;
  });
}

async function writeData(dir: string, count: number, random: SeededRandom): Promise<SyntheticTable[]> {
  await mkdir(path.join(dir, '_data', 'figures'), { recursive: true });
  await writeFile(path.join(dir, '_data', 'sources.yaml'), SYNTHETIC_SOURCES);
  await copyFile(path.join(PROJECT_ROOT, '_data', 'site.yaml'), path.join(dir, '_data', 'site.yaml'));
  const tables = Array.from({ length: count }, (_, index) => syntheticTable(index + 1, random.pick(SOURCES), random));
  for (const table of tables) await writeFile(path.join(dir, '_data', 'figures', `${table.id}.yaml`), table.yaml);
  return tables;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(PROJECT_ROOT, 'scripts/bench/generate-report.ts')) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { sections: { type: 'string' }, charts: { type: 'string' } } });
  const [dir] = positionals;
  if (!dir) throw new Error('Usage: tsx scripts/bench/generate-report.ts <folder> --sections=100 --charts=20');
  const sections = Number(values.sections ?? 100);
  const pages = await generateReport(path.resolve(dir), { sections, charts: Number(values.charts ?? Math.round(sections / 5)) });
  console.log(`Wrote ${pages} pages into ${dir}.`);
}
