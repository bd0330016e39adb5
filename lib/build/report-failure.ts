import { ContentError, findReportError, formatProblem } from '../errors.ts';
import { templateProblem } from './template-problem.ts';

function templateError(error: unknown): ContentError | undefined {
  const problem = templateProblem(error);
  return problem ? new ContentError([problem]) : undefined;
}

/**
 * Prints why a build failed, for an editor: every problem as `file:line:col: message`, no stack
 * trace. An unexpected failure (a bug, not an editing mistake) prints its one-line message
 * and how to see more; set DEBUG=report to see the stack.
 * @returns the exit code to use.
 */
export function reportFailure(error: unknown, { serving = false } = {}): number {
  const ours = findReportError(error) ?? templateError(error);
  if (ours) {
    const count = ours.problems.length;
    console.error(`The report was not built: ${count} problem${count === 1 ? '' : 's'} to fix.\n`);
    console.error(ours.problems.map(formatProblem).join('\n'));
    console.error(serving ? '\nThe preview still shows the last good version: fix the file and save it again.' : '\nThe previous version of the site has been left as it was.');
    return 1;
  }
  const message = error instanceof Error ? error.message : String(error);
  console.error(`The report was not built: ${message.split('\n')[0]}`);
  console.error('This looks like a problem in the build itself, not in your edit. Run again with DEBUG=report for details.');
  if (process.env.DEBUG?.includes('report')) console.error(error);
  return 2;
}
