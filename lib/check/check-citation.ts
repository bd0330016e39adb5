import { isReportError } from '../errors.ts';
import type { Citation } from '../content/find-citations.ts';
import type { FigureRegistry } from '../figures/registry.ts';

/**
 * Whether a figure, table or chart a page cites exists: the build's check, shared by the
 * editing screens' pre-save check (lib/cms/browser/report-checks.ts).
 * @param chartProblem why a chart id cannot be cited, when charts are checked.
 * @returns the message, or undefined when the citation is good.
 */
export function checkCitation(citation: Citation, registry: FigureRegistry, chartProblem?: (id: string) => string | undefined): string | undefined {
  if (citation.kind === 'chart') return chartProblem?.(citation.id);
  try {
    if (citation.kind === 'figure') registry.cite(citation.id);
    if (citation.kind === 'figureTable') registry.table(citation.id);
    return undefined;
  } catch (error) {
    if (isReportError(error)) return error.problems.map((problem) => problem.message).join('; ');
    throw error;
  }
}
