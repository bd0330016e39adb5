/**
 * `npm run pdf`: the PDF edition of every publication, printed by Chromium from its one-page
 * print edition (/<publication>/print/), then a rebuild so the pages link to each PDF with its
 * real size. PDFs are kept in .cache/pdf/ and copied into _site/ by every later build.
 */
import { mkdirSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright';
import { buildSite } from '../lib/build/build-site.ts';
import { reportFailure } from '../lib/build/report-failure.ts';
import { startStaticServer } from '../lib/build/static-server.ts';
import { formatFileSize } from '../lib/open-data/format-file-size.ts';
import { PDF_DIR } from '../lib/pdf/pdf-files.ts';
import { printPdf } from '../lib/pdf/print-pdf.ts';
import { CHROMIUM_ARGS, findBrowser } from '../tests/browser.ts';

const root = process.cwd();
const args = { output: '_site', quiet: true };

/** The publications that have a print edition in the built site. */
function printEditions(site: string): string[] {
  return readdirSync(site, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(site, entry.name, 'print', 'index.html')))
    .map((entry) => entry.name);
}

try {
  await buildSite(root, args);
  const server = await startStaticServer(path.join(root, '_site'));
  const browser = await chromium.launch({ executablePath: findBrowser(), args: CHROMIUM_ARGS });
  mkdirSync(path.join(root, PDF_DIR), { recursive: true });
  try {
    for (const slug of printEditions(path.join(root, '_site'))) {
      const pdf = await printPdf(browser, `${server.url}${slug}/print/`);
      writeFileSync(path.join(root, PDF_DIR, `${slug}.pdf`), pdf);
      console.log(`Printed ${slug}.pdf (${formatFileSize(pdf.length)}).`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  await buildSite(root, args);
  console.log('Rebuilt _site/ with the PDF editions linked.');
} catch (error) {
  process.exitCode = reportFailure(error);
}
