/** `npm run screenshots` writes the pictures a reviewer looks at: each page and the PDFs' first pages, at both widths. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';

const run = promisify(execFile);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47]);

test('npm run screenshots writes home, a section, the savings chart and All figures at 375 and 1280 px, and each PDF’s first page', async () => {
  test.setTimeout(180_000);
  const out = mkdtempSync(path.join(tmpdir(), 'screenshots-'));
  try {
    await run(process.execPath, ['--import', 'tsx', 'scripts/screenshots.ts', `--out=${out}`], { timeout: 150_000 });
    const files = readdirSync(out);
    for (const name of ['home', 'section-two-years-on', 'chart-savings', 'all-figures']) {
      for (const width of [375, 1280]) expect(files).toContain(`${name}-${width}px.png`);
    }
    const pdfs = readdirSync('_site').filter((file) => file.endsWith('.pdf'));
    expect(pdfs.length).toBeGreaterThan(0);
    for (const pdf of pdfs) for (const width of [375, 1280]) expect(files).toContain(`pdf-${path.basename(pdf, '.pdf')}-page-1-${width}px.png`);
    for (const file of files) expect(readFileSync(path.join(out, file)).subarray(0, 4)).toEqual(PNG);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
