/**
 * docs/editing.md, followed as far as a test can: the README links it first, every command it
 * gives is a script package.json has, every file and folder it names exists, every section it
 * links to is there, and every picture it shows exists (made by npm run screenshots:cms).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { slugify } from '../../lib/content/markdown.ts';

const GUIDE = 'docs/editing.md';
const guide = readFileSync(GUIDE, 'utf8');
const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;

describe('docs/editing.md', () => {
  it('is linked from the top of the README', () => {
    const top = readFileSync('README.md', 'utf8').split('\n').slice(0, 6).join('\n');
    assert.match(top, /\(docs\/editing\.md\)/);
  });

  it('gives only npm commands that exist', () => {
    const commands = [...guide.matchAll(/npm (?:run )?([a-z:]+)/g)].map((match) => match[1] ?? '');
    const missing = commands.filter((name) => !['install', 'run', 'start', 'test'].includes(name) && !scripts[name]);
    assert.ok(commands.includes('cms'));
    assert.deepEqual(missing, []);
  });

  it('names only files and folders that exist', () => {
    const named = [...guide.matchAll(/`((?:content|_data|assets|admin|docs|\.github)\/[^`*{ ]*)`/g)].map((match) => match[1] ?? '');
    // Files the guide shows being made, as examples of what a command creates, and the folders
    // an editor makes for a first image or chart data file.
    const examples = /our-next-steps|staff-numbers|our-new-report|savings-by-borough|name\.png|cafe-news|^assets\/images\/$|^_data\/chart-data\/$/;
    const missing = named.filter((file) => !examples.test(file) && !existsSync(file.replace(/\/$/, '')));
    assert.ok(named.length > 10);
    assert.deepEqual(missing, []);
  });

  it('links only to its own headings, and shows only pictures that exist', () => {
    const anchors = new Set([...guide.matchAll(/^#+ (.*)$/gm)].map((match) => slugify(match[1] ?? '')));
    const links = [...guide.matchAll(/\]\(#([^)]+)\)/g)].map((match) => match[1] ?? '');
    assert.deepEqual(links.filter((link) => !anchors.has(link)), []);
    const images = [...guide.matchAll(/!\[[^\]]*\]\((images\/[^)]+)\)/g)].map((match) => match[1] ?? '');
    assert.ok(images.length >= 3);
    assert.deepEqual(images.filter((image) => !existsSync(path.join('docs', image))), []);
  });
});
