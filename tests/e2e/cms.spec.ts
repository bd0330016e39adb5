/**
 * Editing in the browser: Decap CMS at /admin/ of a throwaway copy of the project, built and
 * served as a host would, with the editing server reading and writing that copy. Checks what an
 * editor sees, and that what the CMS saves is still a report the build accepts.
 */
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { startStaticServer, type StaticServer } from '../../lib/build/static-server.ts';
import { checkReport } from '../../lib/check/check-report.ts';
import { CONFIG_FILE, currentConfigYaml } from '../../lib/cms/current-config.ts';
import { startEditingServer, type EditingServer } from '../../lib/cms/editing-server.ts';
import { freePort } from '../../lib/cms/free-port.ts';
import { formatProblem } from '../../lib/errors.ts';
import { messages } from '../../lib/messages.ts';
import { build, copyProject } from '../fixtures/project-copy.ts';

// One copy, one build and one server for all the tests here, which run in order.
test.describe.configure({ mode: 'serial' });

let dir = '';
let decap: EditingServer | undefined;
let site: StaticServer | undefined;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  dir = copyProject();
  // The copy gets its own admin/, whose local_backend is this test's editing server, which
  // answers only the editing screens served from the site's port.
  cpSync(path.join(process.cwd(), 'admin'), path.join(dir, 'admin'), { recursive: true });
  const sitePort = await freePort();
  decap = await startEditingServer(dir, { editorPort: sitePort });
  writeFileSync(path.join(dir, CONFIG_FILE), currentConfigYaml(dir, decap.port));
  const built = await build(dir);
  expect(built.code, built.output).toBe(0);
  const wired = existsSync(path.join(dir, '_site/admin/decap-cms.js')) && existsSync(path.join(dir, '_site/admin/config.yml'));
  expect(wired, "_site/admin/ is incomplete: .eleventy.ts must copy admin/ and tools/cms/node_modules/decap-cms/dist/decap-cms.js to admin/ (npm run tools -- cms)").toBe(true);
  site = await startStaticServer(path.join(dir, '_site'), '/', sitePort);
});

test.afterAll(async () => {
  await site?.close();
  await decap?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test.beforeEach(({ page }) => {
  page.setDefaultTimeout(15_000);
});

/** Opens /admin/ and logs in to the local backend. @returns the Content-Security-Policy violations the page logs. */
async function openCms(page: Page): Promise<string[]> {
  const blocked: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) blocked.push(message.text());
  });
  await page.goto(`${site?.url}admin/`);
  await page.getByRole('button', { name: 'Login' }).click();
  return blocked;
}

/** Opens a figure table by its name in the list. */
async function openTable(page: Page, name: string): Promise<void> {
  await page.getByTestId('figures').click();
  await page.getByRole('link', { name, exact: true }).click();
  // An unchanged entry's button says where it is: on this computer, "Saved on this computer".
  await expect(page.getByRole('button', { name: 'Saved on this computer' })).toBeVisible({ timeout: 15_000 });
}

/** Presses Save, then "Save into the files on this computer", as an editor does (on GitHub: Publish, then Publish now). */
async function publish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByText('Save into the files on this computer').click();
}

/**
 * Waits until the CMS has saved a file holding `text`, and the file has stopped changing:
 * decap-server creates a file, then writes it, so a read can land between the two.
 */
async function waitUntilSaved(file: string, text: string): Promise<void> {
  const read = (): string => (existsSync(path.join(dir, file)) ? readCopy(file) : '');
  await expect.poll(async () => {
    const first = read();
    await new Promise((resolve) => setTimeout(resolve, 100));
    return first.includes(text) && read() === first;
  }, { timeout: 15_000 }).toBe(true);
}

function readCopy(file: string): string {
  return readFileSync(path.join(dir, file), 'utf8');
}

test('the report pages do not load the CMS; only /admin/ does', () => {
  const pages = readdirSync(path.join(dir, '_site'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
  const loading = pages.filter((file) => readCopy(path.join('_site', file)).includes('decap-cms.js'));
  expect(loading).toEqual([path.join('admin', 'index.html')]);
});

test('/admin/ lists the sections of each publication in reading order, and the figure tables', async ({ page }) => {
  const blocked = await openCms(page);
  const entries = (collection: string) => page.locator(`a[href*="/collections/${collection}/entries/"]`);
  await page.getByTestId('tri-borough-story').click();
  await expect(entries('tri-borough-story').first()).toHaveText('The Tri-borough story');
  await expect(entries('tri-borough-story').nth(1)).toHaveText('How Tri-borough began');
  await page.getByTestId('community-budgets').click();
  await expect(entries('community-budgets')).toHaveText(['Community budgets: an update', 'Achievements since October 2012', 'Next steps']);
  await page.getByTestId('figures').click();
  await expect(page.locator('a[href*="/collections/figures/entries/"]')).toHaveText(['Key figures', 'Net fiscal benefits', 'Savings']);
  expect(blocked).toEqual([]);
});

test('saves a changed figure, its stated total and a column heading to the YAML file, and the build still accepts it', async ({ page }) => {
  const before = parse(readCopy('_data/figures/savings.yaml')) as Record<string, unknown>;
  await openCms(page);
  await openTable(page, 'Savings');
  await expect(page.getByLabel('Notes for editors')).toHaveValue(String(before.notes));
  const total = page.getByLabel('Total the source states');
  const libraries = page.getByLabel(/^Value/).first();
  await expect(total).toHaveValue('9.92');
  await expect(libraries).toHaveValue('0.92');
  await total.fill('10.92');
  await libraries.fill('1.92');
  const labelsHeading = page.getByLabel('Heading of the row labels column');
  await expect(labelsHeading).toHaveValue('Service area');
  await labelsHeading.fill('Shared service');
  await publish(page);
  await waitUntilSaved('_data/figures/savings.yaml', 'value: 1.92');
  const saved = parse(readCopy('_data/figures/savings.yaml')) as { total: { stated: number }; columns: object; rows: Array<{ id: string; value: number }>; chart?: object };
  expect(saved.rows[0]).toEqual({ id: 'libraries', label: 'Libraries', value: 1.92 });
  expect(saved.columns).toEqual({ labels: 'Shared service', values: 'Savings' });
  expect(saved.total.stated).toBe(10.92);
  expect(saved.chart, 'fields the CMS does not show are kept').toEqual({ type: 'bar', sort: 'descending' });
  expect((saved as Record<string, unknown>).notes, "the editors' notes are kept").toBe(before.notes);
  expect(Object.keys(saved), 'the fields stay in their order, chart: where it was').toEqual(Object.keys(before));
  expect(checkReport(dir).map(formatProblem)).toEqual([]);
});

test('refuses to save a negative figure or a range that runs backwards', async ({ page }) => {
  const before = readCopy('_data/figures/net-fiscal-benefits.yaml');
  await openCms(page);
  await openTable(page, 'Net fiscal benefits');
  // The stated total is the first range on the page, reducing reoffending (4 to 5) the second.
  const lowest = page.getByLabel(/Lowest$/).nth(1);
  await expect(lowest).toHaveValue('4');
  await lowest.fill('6');
  const health = page.getByLabel(/^Value/).first();
  await expect(health).toHaveValue('38');
  await health.fill('-1');
  await publish(page);
  await expect(page.getByText('The range runs backwards: the lowest value must not be more than the highest.')).toBeVisible();
  await expect(page.getByText('Write a number of 0 or more, like 0.92.')).toBeVisible();
  expect(readCopy('_data/figures/net-fiscal-benefits.yaml')).toBe(before);
});

test('refuses to save a row with both a value and statements, saying which row', async ({ page }) => {
  const before = readCopy('_data/figures/key-figures.yaml');
  await openCms(page);
  await openTable(page, 'Key figures');
  // The second row, families-target, has statements (1720, then 1730) and no value of its own.
  const rowValue = page.getByLabel(/^Value/).nth(1);
  await expect(rowValue).toHaveValue('');
  await rowValue.fill('1');
  await publish(page);
  await expect(page.getByText(`_data/figures/key-figures.yaml: ${messages.valueAndStatements()}`, { exact: false })).toBeVisible();
  expect(readCopy('_data/figures/key-figures.yaml')).toBe(before);
});

test('saves a single figure as a range, and leaves out a field emptied', async ({ page }) => {
  await openCms(page);
  await openTable(page, 'Key figures');
  // The first row is the savings target: £40m a year, from 2015/16.
  await expect(page.getByLabel(/^Value/).first()).toHaveValue('40');
  await page.getByRole('checkbox', { name: /^Range/ }).first().check();
  await page.getByLabel(/Highest$/).first().fill('45');
  const period = page.locator('input[value="from 2015/16"]');
  await period.fill('');
  await publish(page);
  await waitUntilSaved('_data/figures/key-figures.yaml', 'max: 45');
  const saved = parse(readCopy('_data/figures/key-figures.yaml')) as { rows: Array<Record<string, unknown>> };
  expect(saved.rows[0]).toEqual({ id: 'savings-target', label: 'Overall savings target per year, from 2015/16', unit: '£m', value: { min: 40, max: 45 } });
  expect(checkReport(dir).map(formatProblem)).toEqual([]);
});

test('refuses a save whose total no longer adds up, with the build\'s own message', async ({ page }) => {
  const before = readCopy('_data/figures/savings.yaml');
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await openCms(page);
  await openTable(page, 'Savings');
  // The earlier test left libraries at 1.92 and the stated total at 10.92: change the row alone.
  await page.getByLabel(/^Value/).first().fill('2.92');
  await publish(page);
  await expect(page.getByText(messages.totalMismatch('£10.92m', '£11.92m'), { exact: false })).toBeVisible();
  expect(readCopy('_data/figures/savings.yaml')).toBe(before);
  expect(errors, 'no uncaught page error').toEqual([]);
  await expect(page.getByText('Writing in Figure tables', { exact: true }), 'the header names the table list, without "collection"').toBeVisible();
});

test('the preview shows the site\'s figures formatted and its tables', async ({ page }) => {
  await openCms(page);
  await page.getByTestId('tri-borough-story').click();
  await page.locator('a[href*="/collections/tri-borough-story/entries/two-years-on"]').click();
  const preview = page.frameLocator('iframe').first();
  // The preview waits for the report's files (/admin/report-data.json) and the checks to load.
  await expect(preview.locator('table.figure-table').first()).toBeVisible({ timeout: 15_000 });
  await expect(preview.locator('data.figure').first()).toHaveText(/^£[\d.]+m$/);
  await expect(preview.getByText('{% figure')).toHaveCount(0);
  await expect(preview.getByRole('heading', { level: 1, name: 'Two years on' })).toBeVisible();
  await expect(preview.getByText('tri-borough-story-2013'), 'no raw source id').toHaveCount(0);
  // The preview is drawn with the site's stylesheet: its figures' font, not the browser's serif.
  await expect(preview.locator('link[href$="/assets/report.css"]')).toHaveCount(1);
  expect(await preview.locator('body').evaluate((body) => getComputedStyle(body).fontFamily)).not.toMatch(/^"?(Times|serif)/);
  // Place 2, after the landing page and "How Tri-borough began": number 3, as the site's contents show it.
  await expect(page.getByLabel('Place in the publication')).toHaveValue('2');
  await expect(page.getByText('On the site: number 3 in the contents.')).toBeVisible();
  expect(readCopy('_site/tri-borough-story/index.html')).toMatch(/<li value="3"><a href="\/tri-borough-story\/two-years-on\/"/);
});

// Before the new section's test, which rebuilds the copy under the server.
test('creates a new figure table, its file named after its title, which the build accepts', async ({ page }) => {
  await openCms(page);
  await page.getByTestId('new-figure-table').click();
  await expect(page.locator('a[href*="/collections/new-figure-table/entries/"]'), 'the tables are edited under Figure tables, not listed here').toHaveCount(0);
  await page.getByRole('link', { name: 'Create entry of type figure table' }).click();
  await page.getByLabel('Title', { exact: true }).fill('Staff numbers');
  await page.getByLabel('Unit', { exact: true }).fill('people');
  await page.keyboard.press('Enter');
  await page.getByLabel('Source', { exact: true }).fill('Community budgets');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: /Add row/ }).click();
  await page.getByLabel('Id', { exact: true }).fill('social-workers');
  await page.getByLabel('Label', { exact: true }).fill('Social workers in the shared service');
  await page.getByLabel(/^Value/).fill('120');
  await publish(page);
  const file = '_data/figures/staff-numbers.yaml';
  await waitUntilSaved(file, 'value: 120');
  const saved = parse(readCopy(file)) as Record<string, unknown>;
  expect(saved).toMatchObject({ title: 'Staff numbers', unit: 'people', source: 'community-budgets-2017', rows: [{ id: 'social-workers', label: 'Social workers in the shared service', value: 120 }] });
  expect(checkReport(dir).map(formatProblem)).toEqual([]);
});

test('inserts a figure code from a list of the real ids with their values, which the preview shows formatted', async ({ page }) => {
  await openCms(page);
  await page.getByTestId('community-budgets').click();
  await page.getByRole('link', { name: 'Create entry of type section' }).click();
  const figures = page.getByLabel('Insert a figure');
  await expect(figures.locator('option', { hasText: /^savings\.total: £[\d.]+m$/ })).toHaveCount(1);
  await expect(page.getByLabel('Insert a table').locator('option', { hasText: 'savings' })).toHaveCount(1);
  const text = page.locator('[contenteditable="true"]').last();
  await text.click();
  await page.keyboard.type('In all we saved ');
  await figures.selectOption('savings.total');
  await text.press('End');
  await page.keyboard.type('.');
  await expect(text).toHaveText('In all we saved {% figure "savings.total" %}.');
  const preview = page.frameLocator('iframe').first();
  await expect(preview.getByText(/^In all we saved £[\d.]+m\.$/)).toBeVisible();
  // With no cursor in the text, the code goes at the end.
  await page.getByLabel('Title', { exact: true }).click();
  await page.getByLabel('Insert a table').selectOption('savings');
  await expect(text).toContainText('{% figure "savings.total" %}.{% figureTable "savings" %}');
});

test('creates a new section at the next free place and today, with Markdown headings, which the build accepts', async ({ page }) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await openCms(page);
  await page.getByTestId('community-budgets').click();
  await page.getByRole('link', { name: 'Create entry of type section' }).click();
  await expect(page.getByLabel('Place in the publication')).toHaveValue('3');
  // Place 3 after the landing page (number 1) and two sections: number 4 on the site.
  await expect(page.getByText('On the site: number 4 in the contents.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Publish' }), 'on this computer the button says what it does: Save').toHaveCount(0);
  await expect(page.getByLabel('Last updated')).toHaveValue(/^\d{4}-\d{2}-\d{2}/);
  // A save with the title missing is refused at the field, without a page error.
  await publish(page);
  await expect(page.getByText(/is required/).first()).toBeVisible();
  await page.getByLabel('Title', { exact: true }).fill('Café news');
  await page.getByLabel('Summary').fill('What changed at the town hall café.');
  await page.getByLabel('Source').fill('Community budgets');
  await page.keyboard.press('Enter');
  await page.getByLabel('Last updated').fill('2017-08-10');
  // The text opens in Markdown mode: "## " typed is a heading, not escaped.
  await page.locator('[contenteditable="true"]').last().click();
  await page.keyboard.type('## What we will do\n\nThe café now opens on Saturdays.');
  await publish(page);
  const file = 'content/community-budgets/cafe-news.md';
  await waitUntilSaved(file, 'The café now opens on Saturdays.');
  expect(readCopy(file)).toContain('title: Café news');
  expect(readCopy(file)).toContain('\n## What we will do\n');
  expect(checkReport(dir).map(formatProblem)).toEqual([]);
  const built = await build(dir);
  expect(built.code, built.output).toBe(0);
  expect(readCopy('_site/community-budgets/cafe-news/index.html')).toMatch(/<h2[^>]*>What we will do/);
  expect(errors).toEqual([]);
});

test('a page on another local port cannot save through the editing server', async ({ page }) => {
  // A page served from http://localhost:9999, as any other program on this computer could serve one.
  await page.route('http://localhost:9999/', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Other</title>' }));
  await page.goto('http://localhost:9999/');
  const entry = { slug: 'x', path: '_data/x.ts', raw: 'export default 1;' };
  const body = { action: 'persistEntry', params: { branch: 'main', dataFiles: [entry], assets: [], options: { commitMessage: 'x', useWorkflow: false, status: 'persisted' } } };
  const outcome = await page.evaluate(async ({ url, body }) => {
    try {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      return `answered ${response.status}`;
    } catch {
      return 'blocked';
    }
  }, { url: decap?.url ?? '', body });
  expect(outcome).toBe('blocked');
  expect(existsSync(path.join(dir, '_data/x.ts'))).toBe(false);
});
