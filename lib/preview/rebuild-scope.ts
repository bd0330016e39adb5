import { readdirSync } from 'node:fs';
import path from 'node:path';
import { isContentPage, pageStructure } from './page-structure.ts';

/**
 * Decides, before each rebuild under `npm start`, whether Eleventy's incremental build (only
 * the saved page) is enough. It is not when other pages show what changed: a page added,
 * removed or renamed, a title, order or summary changed (every page's contents list and
 * previous/next links), or when files were saved since the last good build, which an
 * incremental build of the last one alone would leave unwritten.
 */
export class RebuildScope {
  readonly #content: string;
  /** Each page's structure as the last good build wrote it. */
  #built = new Map<string, string>();
  /** The same, with every save since then. */
  #current = new Map<string, string>();
  /** Files saved since the last good build. */
  #saved = new Set<string>();
  /** Whether no good build has been written since the preview started. */
  #neverBuilt = false;

  constructor(content: string) {
    this.#content = path.resolve(content);
    for (const name of readdirSync(this.#content, { recursive: true }).map(String)) {
      const file = path.join(this.#content, name);
      if (isContentPage(file, this.#content)) this.#built.set(file, pageStructure(file));
    }
    this.#current = new Map(this.#built);
  }

  /**
   * Records the files about to be rebuilt. @returns whether every page must be rebuilt.
   * @param queue the paths Eleventy's watcher reports, relative to the working folder.
   */
  needsFullBuild(queue: readonly string[]): boolean {
    for (const entry of queue) {
      const file = path.resolve(entry);
      this.#saved.add(file);
      if (!isContentPage(file, this.#content)) continue;
      const structure = pageStructure(file);
      if (structure === '') this.#current.delete(file);
      else this.#current.set(file, structure);
    }
    return this.#neverBuilt || this.#saved.size > 1 || !sameStructure(this.#built, this.#current);
  }

  /** After the preview's first build failed: the next must write every page. */
  firstBuildFailed(): void {
    this.#neverBuilt = true;
  }

  /** After a good build: what it wrote is the new reference. */
  built(): void {
    this.#built = new Map(this.#current);
    this.#saved.clear();
    this.#neverBuilt = false;
  }
}

function sameStructure(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  if (a.size !== b.size) return false;
  for (const [file, structure] of a) if (b.get(file) !== structure) return false;
  return true;
}
