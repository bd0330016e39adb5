/**
 * Files that must never be read, run or published, added to a copy of the project the way an
 * editor or a pull request could: symbolic links, templates and scripts in content/, data files
 * that are not YAML, and assets that are not images. Through the real build, each must exit 1
 * naming the file, run no code (a payload would write a marker file) and leave the old site
 * byte-identical. Then what is allowed is published, and Eleventy alone, without the checks,
 * still runs and copies none of it.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { build, buildCases, copyProject, copySite, edit, hashTree, type CaseBuild } from '../fixtures/project-copy.ts';
import { CLEAN_SVG, COMMONJS_PAYLOAD, FRONT_MATTER_PAYLOAD, MODULE_PAYLOAD, PNG, TEMPLATE_PAYLOAD, UNSAFE_SVGS } from '../fixtures/unsafe-files.ts';

const MARKER = 'code-ran.marker';
const STORY = 'content/tri-borough-story/the-story.md';

interface UnsafeInput {
  name: string;
  /** Files to write into the copy, by root-relative path; MARKER in text becomes the marker's path. */
  files?: Record<string, string | Uint8Array>;
  /** Symbolic links to make, by root-relative path: the target, absolute or relative to the link. */
  links?: Record<string, string>;
  /** Folders to remove first (to put a link in their place). */
  remove?: string[];
  /** The file the message must start with, and its line when it has one. */
  reported: string;
  line?: number;
  message: RegExp;
}

const svg = (name: string): string => UNSAFE_SVGS.find((input) => input.name === name)?.svg ?? '';
const LINK = /is a symbolic link, which the build does not follow .*: delete the link and copy the file or folder itself in its place/;
const NOT_A_PAGE = /Pages are Markdown: rename it to evil\.md/;
const NOT_DATA = /Data files are YAML: rename it to evil\.yaml/;
const PAGE_WITH_SCRIPT = readFileSync(STORY, 'utf8').replace('## Why we decided to share services', '<script>alert(1)</script>\n\n{{ title }}\n\n[host](/etc/hostname)\n\n## Why');

const unsafeInputs: UnsafeInput[] = [
  // Symbolic links: Eleventy follows them, past every check.
  { name: 'a symlinked page holding a script', files: { 'outside/evil.md': PAGE_WITH_SCRIPT }, links: { 'content/tri-borough-story/linked.md': '../../outside/evil.md' }, reported: 'content/tri-borough-story/linked.md', message: LINK },
  { name: 'a page linked to /etc/hostname', links: { 'content/tri-borough-story/hostname.md': '/etc/hostname' }, reported: 'content/tri-borough-story/hostname.md', message: LINK },
  { name: 'a symlinked folder of pages', files: { 'outside/index.md': PAGE_WITH_SCRIPT }, links: { 'content/linked': '../outside' }, reported: 'content/linked', message: LINK },
  { name: 'a symlink loop to its own folder', links: { 'content/tri-borough-story/loop': '.' }, reported: 'content/tri-borough-story/loop', message: LINK },
  { name: 'a symlink loop to the folder above', links: { 'content/tri-borough-story/up': '..' }, reported: 'content/tri-borough-story/up', message: LINK },
  { name: 'a symlink to itself', links: { 'content/self.md': 'self.md' }, reported: 'content/self.md', message: LINK },
  { name: 'a symlink in assets/', links: { 'assets/images/hostname.png': '/etc/hostname' }, reported: 'assets/images/hostname.png', message: LINK },
  { name: 'assets/ itself a symlink', remove: ['assets'], links: { assets: path.resolve('assets') }, reported: 'assets', message: LINK },
  { name: 'a symlink in _data/', files: { 'outside/t.yaml': readFileSync('_data/figures/savings.yaml', 'utf8') }, links: { '_data/figures/linked.yaml': '../../outside/t.yaml' }, reported: '_data/figures/linked.yaml', message: LINK },
  // Templates and scripts in content/: Eleventy would run them.
  { name: 'a .njk page', files: { 'content/evil.njk': TEMPLATE_PAYLOAD }, reported: 'content/evil.njk', message: NOT_A_PAGE },
  { name: 'a .njk page in a publication', files: { 'content/tri-borough-story/evil.njk': TEMPLATE_PAYLOAD }, reported: 'content/tri-borough-story/evil.njk', message: NOT_A_PAGE },
  { name: 'a .liquid page', files: { 'content/evil.liquid': TEMPLATE_PAYLOAD }, reported: 'content/evil.liquid', message: NOT_A_PAGE },
  { name: 'an .html page', files: { 'content/evil.html': TEMPLATE_PAYLOAD }, reported: 'content/evil.html', message: NOT_A_PAGE },
  { name: 'an .11ty.js page', files: { 'content/evil.11ty.js': MODULE_PAYLOAD }, reported: 'content/evil.11ty.js', message: NOT_A_PAGE },
  { name: 'a .cjs file', files: { 'content/evil.cjs': COMMONJS_PAYLOAD }, reported: 'content/evil.cjs', message: NOT_A_PAGE },
  { name: 'a folder data file', files: { 'content/tri-borough-story/evil.json': '{ "layout": false }' }, reported: 'content/tri-borough-story/evil.json', message: NOT_A_PAGE },
  { name: 'JavaScript front matter', files: { 'content/tri-borough-story/evil.md': FRONT_MATTER_PAYLOAD }, reported: 'content/tri-borough-story/evil.md', line: 1, message: /the front matter must be YAML/ },
  // Data that is not YAML: Eleventy runs _data/*.js and *.ts, and reads *.json.
  { name: 'a .js data file', files: { '_data/evil.js': MODULE_PAYLOAD }, reported: '_data/evil.js', message: NOT_DATA },
  { name: 'a .ts data file', files: { '_data/figures/evil.ts': MODULE_PAYLOAD }, reported: '_data/figures/evil.ts', message: NOT_DATA },
  { name: 'a .json data file', files: { '_data/evil.json': '{}' }, reported: '_data/evil.json', message: NOT_DATA },
  // Assets: published as they are, from the site's own address.
  { name: 'an SVG with a script', files: { 'assets/images/evil.svg': svg('a script') }, reported: 'assets/images/evil.svg', line: 2, message: /this SVG image has a <script> element/ },
  { name: 'an SVG with onload', files: { 'assets/images/evil.svg': svg('an onload attribute') }, reported: 'assets/images/evil.svg', line: 1, message: /event attribute \(onload\)/ },
  { name: 'an SVG with a foreignObject', files: { 'assets/images/evil.svg': svg('a foreignObject') }, reported: 'assets/images/evil.svg', line: 2, message: /<foreignObject> element/ },
  { name: 'an SVG with an external href', files: { 'assets/images/evil.svg': svg('an external image') }, reported: 'assets/images/evil.svg', line: 2, message: /links to https:\/\/evil\.example/ },
  { name: 'an SVG with an entity declaration', files: { 'assets/images/evil.svg': svg('an entity declaration') }, reported: 'assets/images/evil.svg', line: 2, message: /declaration/ },
  { name: 'a .SVG with a script', files: { 'assets/images/evil.SVG': svg('a script') }, reported: 'assets/images/evil.SVG', line: 2, message: /<script> element/ },
  { name: 'an .html file in assets/', files: { 'assets/images/page.html': '<script>alert(1)</script>' }, reported: 'assets/images/page.html', message: /a \.html file cannot be published from assets\/: only images are/ },
  { name: 'an .Html file in assets/', files: { 'assets/page.Html': '<script>alert(1)</script>' }, reported: 'assets/page.Html', message: /a \.Html file cannot be published/ },
  { name: 'a PNG whose bytes are HTML', files: { 'assets/images/evil.png': '<html><script>alert(1)</script></html>' }, reported: 'assets/images/evil.png', message: /named as a PNG image, but its contents are not one/ },
  { name: 'an encoded .html name', files: { 'assets/images/page%2ehtml': '<script>alert(1)</script>' }, reported: 'assets/images/page%2ehtml', message: /a file with no extension cannot be published/ },
  { name: 'an encoded image name', files: { 'assets/images/caf%C3%A9.png': PNG }, reported: 'assets/images/caf%C3%A9.png', message: /the name "caf%C3%A9\.png" has characters that web addresses change .*: rename it cafe\.png/ },
];

const copies: string[] = [];
let good = '';
let goodSiteHash = '';
/** Each unsafe input's copy and build (built together, many to a process: buildCases). */
let unsafeBuilds = new Map<UnsafeInput, Promise<CaseBuild>>();

before(async () => {
  good = copyProject();
  copies.push(good);
  const result = await build(good, ['--quiet']);
  assert.equal(result.code, 0, result.output);
  goodSiteHash = hashTree(path.join(good, '_site'));
  unsafeBuilds = buildCases(unsafeInputs, (input) => {
    const dir = unsafeCopy(input);
    copySite(good, dir);
    return dir;
  });
  await Promise.allSettled(unsafeBuilds.values());
});

after(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the project with the input's files and links in it. */
function unsafeCopy(input: Pick<UnsafeInput, 'files' | 'links' | 'remove'>): string {
  const dir = copyProject();
  copies.push(dir);
  for (const folder of input.remove ?? []) rmSync(path.join(dir, folder), { recursive: true });
  for (const [file, content] of Object.entries(input.files ?? {})) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), typeof content === 'string' ? content.replaceAll('MARKER', path.join(dir, MARKER)) : content);
  }
  for (const [link, target] of Object.entries(input.links ?? {})) {
    mkdirSync(path.dirname(path.join(dir, link)), { recursive: true });
    symlinkSync(target, path.join(dir, link));
  }
  return dir;
}

describe('build with an unsafe file', () => {
  for (const input of unsafeInputs) {
    it(`exits 1 naming the file, runs no code and keeps the old site, for ${input.name}`, async () => {
      const { dir, code, output } = await (unsafeBuilds.get(input) ?? Promise.reject(new Error('never built')));
      assert.equal(code, 1, output);
      const where = `${escape(input.reported)}${input.line ? `:${input.line}(:\\d+)?` : ''}: `;
      assert.match(output, new RegExp(`^${where}`, 'm'), `expected ${input.reported}${input.line ? `:${input.line}` : ''} in:\n${output}`);
      assert.match(output, input.message);
      assert.doesNotMatch(output, /\n\s+at .+:\d+:\d+\)?\n/, 'no stack trace');
      assert.equal(existsSync(path.join(dir, MARKER)), false, 'no code ran');
      assert.equal(hashTree(path.join(dir, '_site')), goodSiteHash, 'the previous _site/ must be byte-identical');
    });
  }
});

describe('compiled build with a symlink loop', () => {
  // The compiled build stamps the inputs first (check-cache.ts), where a walk that followed links
  // never ended: two loops in one folder make 2^40 paths before the system says ELOOP.
  it('exits 1 naming the links, as the build under tsx does', async () => {
    const dir = unsafeCopy({ links: { 'content/tri-borough-story/up': '..', 'content/tri-borough-story/loop': '.' } });
    const { code, output } = await build(dir, [], { compiled: true });
    assert.equal(code, 1, output);
    assert.match(output, /^content\/tri-borough-story\/loop: this is a symbolic link/m);
    assert.match(output, /^content\/tri-borough-story\/up: this is a symbolic link/m);
  });
});

describe('build with images in assets/images/', () => {
  it('publishes a real PNG and a clean SVG that a page shows', async () => {
    const dir = unsafeCopy({ files: { 'assets/images/dot.png': PNG, 'assets/images/Square.SVG': CLEAN_SVG } });
    edit(dir, STORY, '## Why we decided to share services\n', '## Why we decided to share services\n\n![A dot](/assets/images/dot.png)\n\n![A square](/assets/images/Square.SVG)\n');
    const { code, output } = await build(dir);
    assert.equal(code, 0, output);
    assert.deepEqual(readFileSync(path.join(dir, '_site/assets/images/dot.png')), PNG);
    assert.equal(readFileSync(path.join(dir, '_site/assets/images/Square.SVG'), 'utf8'), CLEAN_SVG);
    assert.match(readFileSync(path.join(dir, '_site/tri-borough-story/the-story/index.html'), 'utf8'), /<img src="\/assets\/images\/dot\.png" alt="A dot"/);
  });
});

const run = promisify(execFile);
const eleventyAloneScript = (config: string): string =>
  `import Eleventy from '@11ty/eleventy';\nconst eleventy = new Eleventy('content', '_site', { configPath: '${config}', quietMode: true });\neleventy.errorHandler.error = () => undefined;\nawait eleventy.write();\n`;

/**
 * Runs Eleventy on a copy with our config but none of the checks (they run before it, in
 * buildSite), or with a config of Eleventy's defaults, which reads every template language.
 */
async function eleventyAlone(dir: string, config: 'ours' | 'defaults' = 'ours'): Promise<void> {
  if (config === 'defaults') writeFileSync(path.join(dir, 'defaults.config.mjs'), 'export default function () {}\n');
  writeFileSync(path.join(dir, 'eleventy-alone.ts'), eleventyAloneScript(config === 'ours' ? '.eleventy.ts' : 'defaults.config.mjs'));
  await run(path.resolve('node_modules/.bin/tsx'), ['eleventy-alone.ts'], { cwd: dir, timeout: 120_000 }).catch(() => undefined);
}

describe('Eleventy with our config, without the checks', () => {
  it('runs the payload of a .njk page with Eleventy\'s defaults (so the payload is live)', async () => {
    const dir = unsafeCopy({ files: { 'content/evil.njk': TEMPLATE_PAYLOAD } });
    await eleventyAlone(dir, 'defaults');
    assert.equal(existsSync(path.join(dir, MARKER)), true);
  });

  it('runs no other template, nor JavaScript front matter, and copies nothing but images from assets/', async () => {
    const files = { 'content/evil.njk': TEMPLATE_PAYLOAD, 'content/tri-borough-story/evil.njk': TEMPLATE_PAYLOAD, 'content/evil.sitepage': TEMPLATE_PAYLOAD, 'content/index.sitepage': TEMPLATE_PAYLOAD, 'content/evil.liquid': TEMPLATE_PAYLOAD, 'content/evil.html': TEMPLATE_PAYLOAD, 'content/evil.11ty.js': MODULE_PAYLOAD, 'content/evil.cjs': COMMONJS_PAYLOAD, 'assets/images/page.html': '<script>alert(1)</script>', 'assets/evil.js': 'alert(1)' };
    const dir = unsafeCopy({ files });
    await eleventyAlone(dir);
    assert.equal(existsSync(path.join(dir, MARKER)), false, 'no code ran');
    assert.equal(existsSync(path.join(dir, '_site/index.html')), true, 'the site was built');
    for (const file of ['_site/assets/images/page.html', '_site/assets/evil.js', '_site/evil/index.html', '_site/tri-borough-story/evil/index.html']) assert.equal(existsSync(path.join(dir, file)), false, file);
    const frontMatter = unsafeCopy({ files: { 'content/tri-borough-story/evil.md': FRONT_MATTER_PAYLOAD } });
    await eleventyAlone(frontMatter);
    assert.equal(existsSync(path.join(frontMatter, MARKER)), false, 'no front matter ran');
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
