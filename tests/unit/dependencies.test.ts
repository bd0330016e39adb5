/**
 * The project's install stays small (issue #18): the lock file holds at most 400 packages, the
 * optional tools are not among them, each tool folder's lock file pins what its package.json
 * names, and every dependency says why it is here in DEPENDENCIES.md. `.ci/run` checks the same
 * install prints no warning.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { OPTIONAL_TOOLS } from '../../lib/tools/optional-tool.ts';

const MAX_PACKAGES = 400;

interface Manifest {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}
interface Lock {
  packages: Record<string, Manifest & { version?: string }>;
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;
const names = (manifest: Manifest): string[] => [...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.devDependencies ?? {})];

describe('the project install', () => {
  const lock = readJson<Lock>('package-lock.json');
  const installed = Object.keys(lock.packages).filter((key) => key !== '');

  it(`returns at most ${MAX_PACKAGES} packages in package-lock.json`, () => {
    assert.ok(installed.length > 100, `only ${installed.length} packages: is this the right lock file?`);
    assert.ok(installed.length <= MAX_PACKAGES, `${installed.length} packages`);
  });

  it('installs none of the optional tools', () => {
    const tools = Object.keys(OPTIONAL_TOOLS).flatMap((tool) => names(readJson<Manifest>(path.join('tools', tool, 'package.json'))));
    assert.equal(tools.length, 4);
    assert.deepEqual(tools.filter((name) => lock.packages[`node_modules/${name}`]), []);
  });
});

describe('the optional tools', () => {
  for (const tool of Object.keys(OPTIONAL_TOOLS)) {
    it(`pins each package of tools/${tool}/ at the version its package.json names`, () => {
      const manifest = readJson<Manifest>(path.join('tools', tool, 'package.json'));
      const lock = readJson<Lock>(path.join('tools', tool, 'package-lock.json'));
      assert.deepEqual(lock.packages['']?.dependencies, manifest.dependencies);
      for (const [name, version] of Object.entries(manifest.dependencies ?? {})) {
        assert.equal(lock.packages[`node_modules/${name}`]?.version, version, `${name} in tools/${tool}/package-lock.json`);
      }
    });
  }
});

describe('DEPENDENCIES.md', () => {
  const text = readFileSync('DEPENDENCIES.md', 'utf8');
  const manifests = ['package.json', ...Object.keys(OPTIONAL_TOOLS).map((tool) => path.join('tools', tool, 'package.json'))];
  for (const file of manifests) {
    it(`says why each package of ${file} is here`, () => {
      const missing = names(readJson<Manifest>(file)).filter((name) => !text.includes(`\`${name}\``));
      assert.deepEqual(missing, []);
    });
  }
});
