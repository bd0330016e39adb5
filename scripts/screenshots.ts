/**
 * `npm run screenshots -- [--out=test-results/screenshots]`: pictures of the built site for a
 * reviewer who does not want to drive a browser: the home page, a section, the savings chart,
 * All figures and the first page of each PDF, each 375 and 1,280 px wide. Serves _site/ (under
 * the path prefix it was built with) and prints each file it writes. PDF pages are drawn by
 * poppler's pdftoppm when it is installed, else taken from the print edition laid out for paper. Playwright empties
 * test-results/ when the browser tests run: take them again after, or pass another --out.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright';
import { startStaticServer } from '../lib/build/static-server.ts';
import { builtPathPrefix } from '../lib/pdf/built-path-prefix.ts';
import { CHROMIUM_ARGS, findBrowser } from '../tests/browser.ts';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'test-results/screenshots' }, dir: { type: 'string', default: '_site' } } });
const out = path.resolve(values.out);
const WIDTHS = [375, 1280];

/** What to photograph: a page, or one element of it (the whole page when none). */
const SHOTS = [
  { name: 'home', path: '' },
  { name: 'section-two-years-on', path: 'tri-borough-story/two-years-on/' },
  { name: 'chart-savings', path: 'tri-borough-story/two-years-on/', element: '#chart-savings' },
  { name: 'all-figures', path: 'figures/' },
];

async function shoot(page: Page, base: string, shot: (typeof SHOTS)[number], width: number): Promise<string> {
  await page.setViewportSize({ width, height: 900 });
  await page.goto(base + shot.path);
  const file = path.join(out, `${shot.name}-${width}px.png`);
  if (shot.element) await page.locator(shot.element).screenshot({ path: file });
  else await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * The first page of each PDF in the site, drawn at each width with pdftoppm; without it, the
 * first A4 page of the print edition as Chromium lays it out for the PDF (without its page footer).
 */
async function pdfFirstPages(page: Page, base: string, site: string): Promise<string[]> {
  const pdfs = readdirSync(site).filter((name) => name.endsWith('.pdf'));
  if (pdfs.length === 0) console.log('No PDFs in the site: run npm run pdf first to have their first pages.');
  const written: string[] = [];
  for (const pdf of pdfs) {
    const slug = path.basename(pdf, '.pdf');
    for (const width of WIDTHS) {
      const stem = path.join(out, `pdf-${slug}-page-1-${width}px`);
      try {
        execFileSync('pdftoppm', ['-png', '-singlefile', '-f', '1', '-l', '1', '-scale-to-x', String(width), '-scale-to-y', '-1', path.join(site, pdf), stem]);
      } catch {
        console.log(`No pdftoppm (apt-get install -y poppler-utils): ${slug}'s first page is drawn from its print edition.`);
        await printedFirstPage(page, `${base}${slug}/print/`, `${stem}.png`, width);
      }
      written.push(`${stem}.png`);
    }
  }
  return written;
}

/** The first A4 page of a print edition, laid out as for the PDF (178 mm wide), scaled to the width. */
async function printedFirstPage(page: Page, url: string, file: string, width: number): Promise<void> {
  const paper = { width: Math.round((178 / 25.4) * 96), height: Math.round((259 / 25.4) * 96) };
  await page.setViewportSize(paper);
  await page.emulateMedia({ media: 'print' });
  await page.goto(url);
  await page.screenshot({ path: file, clip: { x: 0, y: 0, ...paper }, scale: 'css' });
  await page.emulateMedia({ media: 'screen' });
  if (width !== paper.width) console.log(`(${path.basename(file)} is ${paper.width} px wide, as printed.)`);
}

const site = path.resolve(values.dir);
if (!existsSync(path.join(site, 'index.html'))) {
  console.error(`No built site in ${values.dir}/: run npm run build (and npm run pdf for the PDFs) first.`);
  process.exit(1);
}
mkdirSync(out, { recursive: true });
const server = await startStaticServer(site, builtPathPrefix(site) ?? '/');
const browser = await chromium.launch({ executablePath: findBrowser(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  for (const shot of SHOTS) for (const width of WIDTHS) console.log(path.relative(process.cwd(), await shoot(page, server.url, shot, width)));
  for (const file of await pdfFirstPages(page, server.url, site)) console.log(path.relative(process.cwd(), file));
} finally {
  await browser.close();
  await server.close();
}
