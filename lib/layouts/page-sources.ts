import { chartSourceIds } from '../charts/chart-source-ids.ts';
import { pageCitations } from '../content/page-citations.ts';
import { reportFigures } from '../figures/report-figures.ts';
import type { Figures, Source } from '../figures/model.ts';

/** Each page's sources, found once a build (the print edition asks again for every page). */
const found = new WeakMap<Figures, Map<string, Source[]>>();

/**
 * The sources a page draws on: its own, and the source of every figure, table and chart it cites.
 * @param inputPath the page's Markdown file.
 * @param pageSource the id of the source in the page's front matter.
 * @example pageSources("./content/tri-borough-story/the-story.md", "tri-borough-story-2013")
 */
export function pageSources(inputPath: string, pageSource: string): Source[] {
  const { figures } = reportFigures();
  const known = found.get(figures) ?? new Map<string, Source[]>();
  found.set(figures, known);
  const key = `${inputPath}\n${pageSource}`;
  let sources = known.get(key);
  if (!sources) {
    sources = findPageSources(inputPath, pageSource);
    known.set(key, sources);
  }
  return sources;
}

function findPageSources(inputPath: string, pageSource: string): Source[] {
  const { figures, registry } = reportFigures();
  const ids = new Set([pageSource]);
  for (const citation of pageCitations(inputPath)) {
    if (citation.kind === 'figure') ids.add(registry.cite(citation.id).statement.source.id);
    else if (citation.kind === 'chart') chartSourceIds(citation.id).forEach((id) => ids.add(id));
    else if (registry.hasTable(citation.id)) {
      for (const row of registry.table(citation.id).rows) row.statements.forEach((s) => ids.add(s.source.id));
    }
  }
  return figures.sources.filter((source) => ids.has(source.id));
}
