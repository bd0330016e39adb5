import type { Source } from '../figures/model.ts';
import { pageSources } from './page-sources.ts';

/**
 * Every source the pages of a publication draw on, each once, in the order of the sources list.
 * @example publicationSources(publication.pages)
 */
export function publicationSources(pages: readonly { inputPath: string; data: { source?: string } }[]): Source[] {
  const byId = new Map<string, Source>();
  for (const page of pages) for (const source of pageSources(page.inputPath, String(page.data.source))) byId.set(source.id, source);
  return [...byId.values()];
}
