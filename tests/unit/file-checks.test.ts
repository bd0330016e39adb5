/**
 * The checks on which files the build reads and publishes, on files written here: symbolic
 * links, templates in content/, data that is not YAML, and what may be in assets/. The same
 * attacks through the real build are in content-files-security.test.ts.
 */
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { findFileProblems } from '../../lib/check/find-file-problems.ts';
import { findSvgProblems } from '../../lib/check/find-svg-problems.ts';
import { imageKind } from '../../lib/check/image-kind.ts';
import { listFiles } from '../../lib/check/list-files.ts';
import { isPublishedAsset } from '../../lib/site/published-asset.ts';
import { CLEAN_SVG, PNG, UNSAFE_SVGS } from '../fixtures/unsafe-files.ts';

const made: string[] = [];
after(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A project folder holding just these files (text or bytes) and links (path -> target). */
function project(files: Record<string, string | Uint8Array>, links: Record<string, string> = {}): string {
  const root = mkdtempSync(path.join(tmpdir(), 'file-checks-'));
  made.push(root);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), content);
  }
  for (const [link, target] of Object.entries(links)) {
    mkdirSync(path.dirname(path.join(root, link)), { recursive: true });
    symlinkSync(target, path.join(root, link));
  }
  return root;
}

const problemsIn = (root: string) => findFileProblems(root).map(({ file, line, message }) => ({ file, line, message }));

describe('findSvgProblems', () => {
  it('lets a plain drawing through, with in-document links and url(#id)', () => {
    assert.deepEqual(findSvgProblems(CLEAN_SVG), []);
  });

  for (const { name, svg, line, reason } of UNSAFE_SVGS) {
    it(`refuses ${name}, at its line`, () => {
      const problems = findSvgProblems(svg);
      assert.ok(problems.length > 0, 'refused');
      assert.equal(problems[0]?.line, line);
      assert.match(problems.map((p) => p.reason).join('\n'), reason);
    });
  }
});

describe('imageKind', () => {
  it('returns each kind from its signature', () => {
    assert.equal(imageKind(PNG), 'png');
    assert.equal(imageKind(Buffer.from([0xff, 0xd8, 0xff, 0xe0])), 'jpeg');
    assert.equal(imageKind(Buffer.from('GIF89a...')), 'gif');
    assert.equal(imageKind(Buffer.from('RIFF\0\0\0\0WEBPVP8 ')), 'webp');
  });

  it('returns undefined for HTML, empty files and truncated signatures', () => {
    assert.equal(imageKind(Buffer.from('<html><script>alert(1)</script>')), undefined);
    assert.equal(imageKind(Buffer.alloc(0)), undefined);
    assert.equal(imageKind(PNG.subarray(0, 4)), undefined);
  });
});

describe('listFiles', () => {
  it('returns the files and refuses links, without following a loop', () => {
    const root = project({ 'content/a.md': 'x' }, { 'content/loop': '.', 'content/up': '..', 'content/b.md': '/etc/hostname' });
    const { files, problems } = listFiles(root, 'content');
    assert.deepEqual(files, ['content/a.md']);
    assert.deepEqual(problems.map((p) => p.file).sort(), ['content/b.md', 'content/loop', 'content/up']);
    assert.match(problems[0]?.message ?? '', /is a symbolic link, which the build does not follow .*: delete the link and copy the file or folder itself/);
  });

  it('refuses the folder itself when it is a link', () => {
    const root = project({ 'elsewhere/a.md': 'x' }, { content: 'elsewhere' });
    assert.deepEqual(listFiles(root, 'content').problems.map((p) => p.file), ['content']);
  });

  // root reads any folder, whatever its permissions.
  it('refuses a folder it cannot read, naming it', { skip: process.getuid?.() === 0 }, () => {
    const root = project({ 'content/locked/a.md': 'x' });
    chmodSync(path.join(root, 'content/locked'), 0o000);
    try {
      assert.deepEqual(listFiles(root, 'content').problems, [{ file: 'content/locked', message: 'this folder cannot be read (EACCES): allow yourself to read it, or remove it' }]);
    } finally {
      chmodSync(path.join(root, 'content/locked'), 0o755);
    }
  });

  it('returns nothing for a missing folder', () => {
    assert.deepEqual(listFiles(project({}), 'content'), { files: [], problems: [] });
  });
});

describe('findFileProblems', () => {
  it('lets through Markdown pages, YAML, the site hooks, images and the stylesheets', () => {
    const root = project({
      'content/p/index.md': 'x',
      '_data/figures/t.yaml': 'x',
      '_data/pdfs.ts': 'x',
      'assets/report.css': 'x',
      'assets/images/dot.png': PNG,
      'assets/images/Dot.PNG': PNG,
      'assets/images/clean.svg': CLEAN_SVG,
    });
    assert.deepEqual(problemsIn(root), []);
  });

  it('refuses every other template or script in content/, naming the .md to rename it to', () => {
    const names = ['a.njk', 'p/b.njk', 'index.njk', 'index.sitepage', 'c.liquid', 'd.html', 'e.11ty.js', 'f.js', 'g.ts', 'h.cjs', 'i.mjs', 'p/p.json', 'p/s.11tydata.js', 'j.MD', 'k.Html'];
    const root = project(Object.fromEntries(names.map((name) => [`content/${name}`, 'x'])));
    const problems = problemsIn(root);
    assert.deepEqual(problems.map((p) => p.file).sort(), names.map((name) => `content/${name}`).sort());
    assert.match(problems.find((p) => p.file === 'content/e.11ty.js')?.message ?? '', /^Pages are Markdown: rename it to e\.md/);
  });

  it('refuses data files that are not YAML, naming the .yaml to rename it to', () => {
    const root = project({ '_data/a.js': 'x', '_data/b.json': '{}', '_data/c.ts': 'x', '_data/figures/d.yml': 'x', '_data/e.cjs': 'x', '_data/f.mjs': 'x' });
    const problems = problemsIn(root);
    assert.equal(problems.length, 6);
    assert.match(problems.find((p) => p.file === '_data/figures/d.yml')?.message ?? '', /^Data files are YAML: rename it to d\.yaml/);
  });

  it('refuses in assets/ what is not an image, an image whose bytes are not, and unsafe names', () => {
    const root = project({
      'assets/images/page.html': '<p>x</p>',
      'assets/images/page.Html': '<p>x</p>',
      'assets/a.js': 'x',
      'assets/images/fake.png': '<html><script>alert(1)</script></html>',
      'assets/images/photo.jpg': PNG,
      'assets/images/page%2ehtml': 'x',
      'assets/images/caf%C3%A9.png': PNG,
      'assets/images/.hidden.png': PNG,
      'assets/images/evil.SVG': UNSAFE_SVGS[0]?.svg ?? '',
      'assets/images/utf16.svg': Buffer.from(`\ufeff${CLEAN_SVG}`, 'utf16le'),
    });
    const byFile = new Map(problemsIn(root).map((p) => [p.file, p]));
    assert.match(byFile.get('assets/images/page.html')?.message ?? '', /a \.html file cannot be published from assets\/: only images are/);
    assert.match(byFile.get('assets/images/page.Html')?.message ?? '', /a \.Html file cannot be published/);
    assert.match(byFile.get('assets/a.js')?.message ?? '', /a \.js file cannot be published/);
    assert.match(byFile.get('assets/images/fake.png')?.message ?? '', /named as a PNG image, but its contents are not one/);
    assert.match(byFile.get('assets/images/photo.jpg')?.message ?? '', /a PNG image with another kind's extension: rename it assets\/images\/photo\.png/);
    assert.match(byFile.get('assets/images/page%2ehtml')?.message ?? '', /a file with no extension cannot be published/);
    assert.match(byFile.get('assets/images/caf%C3%A9.png')?.message ?? '', /the name "caf%C3%A9\.png" has characters that web addresses change .*: rename it cafe\.png/);
    assert.match(byFile.get('assets/images/.hidden.png')?.message ?? '', /rename it hidden\.png/);
    assert.equal(byFile.get('assets/images/evil.SVG')?.line, 2);
    assert.match(byFile.get('assets/images/utf16.svg')?.message ?? '', /this SVG image is not written in UTF-8/);
    assert.equal(byFile.size, 10);
  });
});

describe('isPublishedAsset', () => {
  it('returns true for images and the stylesheets, false for anything else', () => {
    assert.deepEqual(['report.css', 'images/a.png', 'images/B.SVG', 'x.css', 'images/a.html', 'images/.a.png', 'images/a b.png', 'a'].map(isPublishedAsset), [true, true, true, false, false, false, false, false]);
  });
});
