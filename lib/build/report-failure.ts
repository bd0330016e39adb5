import { findReportError, formatProblem } from '../errors.ts';
import { diskProblem } from './disk-problem.ts';

/** What the editor was doing, which decides how the failure is explained. */
export type Task = 'build' | 'serve' | 'check' | 'new' | 'cms-config';

const wording: Record<Task, { failed: string; after: string }> = {
  build: { failed: 'The report was not built', after: 'The previous version of the site has been left as it was.' },
  serve: { failed: 'The preview was not updated', after: 'Every page of the preview shows these problems until you fix the file and save it again.' },
  check: { failed: 'The report has problems', after: 'Fix these, then run npm run check again.' },
  new: { failed: 'Nothing was created', after: '' },
  'cms-config': { failed: 'admin/config.yml was not written', after: '' },
};

/**
 * Prints why a task failed, for an editor: every problem as `file:line:col: message`, no stack
 * trace; a full or read-only disk in plain words, with the folder. An unexpected failure (a bug, not an editing mistake) prints its one-line message
 * and how to see more; set DEBUG=report to see the stack.
 * @returns the exit code to use: 1 for problems to fix, 2 for a fault in the tool itself.
 */
export function reportFailure(error: unknown, task: Task = 'build'): number {
  const { failed, after } = wording[task];
  const ours = findReportError(error);
  if (ours) {
    const count = ours.problems.length;
    console.error(`${failed}: ${count} problem${count === 1 ? '' : 's'} to fix.\n`);
    console.error(ours.problems.map(formatProblem).join('\n'));
    if (after) console.error(`\n${after}`);
    return 1;
  }
  const disk = diskProblem(error);
  if (disk) {
    // The disk, not the edit nor the tool: what to do about it, without a stack trace.
    console.error(`${failed}: ${disk}.`);
    if (after) console.error(`\n${after}`);
    return 1;
  }
  const message = error instanceof Error ? error.message : String(error);
  console.error(`${failed}: ${message.split('\n')[0]}`);
  console.error('This looks like a problem in the tool itself, not in your edit. Run again with DEBUG=report for details.');
  if (process.env.DEBUG?.includes('report')) console.error(error);
  return 2;
}
