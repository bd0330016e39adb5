/**
 * `npm run pdf -- [--pathprefix=/report/]`: the PDF edition of every publication, printed by
 * Chromium from its one-page print edition (/<publication>/print/), then a rebuild so the pages
 * link to each PDF with its real size. PDFs are kept in .cache/pdf/ and copied into _site/ by
 * every later build. Without --pathprefix it keeps the prefix of the site already built, so
 * `npm run build -- --pathprefix=/report/ && npm run pdf` gives a site under /report/. Links in
 * the PDFs point at the published site: the `url` in _data/site.yaml and the prefix.
 */
import { mkdirSync, readdirSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright';
import { buildSite } from '../lib/build/build-site.ts';
import { parseBuildArgs } from '../lib/build/eleventy-args.ts';
import { reportFailure } from '../lib/build/report-failure.ts';
import { startStaticServer } from '../lib/build/static-server.ts';
import { formatFileSize } from '../lib/open-data/format-file-size.ts';
import { builtPathPrefix, builtPublicBase } from '../lib/pdf/built-path-prefix.ts';
import { PDF_DIR } from '../lib/pdf/pdf-files.ts';
import { printEditionPdf } from '../lib/pdf/print-pdf.ts';
import { publicBaseOf } from '../lib/pdf/public-href.ts';
import { loadSiteSettings } from '../lib/site/load-site-settings.ts';
import { CHROMIUM_ARGS, findBrowser } from '../tests/browser.ts';

const root = process.cwd();

/** The publications that have a print edition in the built site. */
function printEditions(site: string): string[] {
  return readdirSync(site, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(site, entry.name, 'print', 'index.html')))
    .map((entry) => entry.name);
}

try {
  const given = parseBuildArgs(process.argv.slice(2));
  const output = path.resolve(root, given.output);
  const args = { ...given, pathPrefix: given.pathPrefix ?? builtPathPrefix(output), quiet: true };
  await buildSite(root, args);
  const prefix = args.pathPrefix ?? '/';
  // The address the build gave the pages (the site's url), else the one in the settings.
  const { settings } = loadSiteSettings(readFileSync(path.join(root, '_data/site.yaml'), 'utf8'));
  const publicBase = builtPublicBase(output, prefix) ?? publicBaseOf(settings?.url ?? '', prefix);
  const server = await startStaticServer(output, prefix);
  const browser = await chromium.launch({ executablePath: findBrowser(), args: CHROMIUM_ARGS });
  mkdirSync(path.join(root, PDF_DIR), { recursive: true });
  try {
    for (const slug of printEditions(output)) {
      const pdf = await printEditionPdf(browser, `${server.url}${slug}/print/`, { localBase: server.url, publicBase });
      writeFileSync(path.join(root, PDF_DIR, `${slug}.pdf`), pdf);
      console.log(`Printed ${slug}.pdf (${formatFileSize(pdf.length)}), its links to ${publicBase}.`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  await buildSite(root, args);
  console.log(`Rebuilt ${given.output}/${prefix === '/' ? '' : ` under ${prefix}`} with the PDF editions linked.`);
} catch (error) {
  process.exitCode = reportFailure(error);
}
