/**
 * `npm run screenshots:cms`: the pictures of the editing screens in docs/editing.md, taken from
 * the real screens, so they never drift from them. Builds a throwaway copy of the project, runs
 * the editing server on it, and photographs /admin/ in Chromium into docs/images/: the list of
 * sections, a figure table, the preview of a section, and a save refused by the checks.
 */
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from 'playwright';
import { startStaticServer } from '../lib/build/static-server.ts';
import { CONFIG_FILE, currentConfigYaml } from '../lib/cms/current-config.ts';
import { startEditingServer } from '../lib/cms/editing-server.ts';
import { freePort } from '../lib/cms/free-port.ts';
import { CHROMIUM_ARGS, findBrowser } from '../tests/browser.ts';
import { build, copyProject } from '../tests/fixtures/project-copy.ts';

const IMAGES = path.join(process.cwd(), 'docs/images');

const dir = copyProject();
cpSync(path.join(process.cwd(), 'admin'), path.join(dir, 'admin'), { recursive: true });
const sitePort = await freePort();
const editing = await startEditingServer(dir, { editorPort: sitePort });
writeFileSync(path.join(dir, CONFIG_FILE), currentConfigYaml(dir, editing.port));
const built = await build(dir);
if (built.code !== 0) throw new Error(`the copy did not build:\n${built.output}`);
const site = await startStaticServer(path.join(dir, '_site'), '/', sitePort);
const browser = await chromium.launch({ executablePath: findBrowser(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.setDefaultTimeout(15_000);
  await page.goto(`${site.url}admin/`);
  await page.getByRole('button', { name: 'Login' }).click();
  await page.getByTestId('tri-borough-story').click();
  await page.locator('a[href*="/collections/tri-borough-story/entries/"]').first().waitFor();
  await shoot(page, 'cms-sections.png');
  await page.locator('a[href*="/collections/tri-borough-story/entries/two-years-on"]').click();
  await page.frameLocator('iframe').first().locator('table.figure-table').first().waitFor();
  await shoot(page, 'cms-preview.png');
  await page.goto(`${site.url}admin/#/collections/figures`);
  await page.getByRole('link', { name: 'Savings', exact: true }).click();
  await page.getByLabel('Notes for editors').waitFor();
  await shoot(page, 'cms-edit-figure-table.png');
  await page.getByLabel(/^Value/).first().fill('1.92');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByText('Save into the files on this computer').click();
  await page.getByText(/the build would refuse this change/).first().waitFor();
  // The message slides in: photograph it once it is still.
  await page.waitForTimeout(1_000);
  await shoot(page, 'cms-refused-save.png');
} finally {
  await browser.close();
  await site.close();
  await editing.stop();
  rmSync(dir, { recursive: true, force: true });
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(IMAGES, name) });
  console.log(`Wrote docs/images/${name}`);
}
