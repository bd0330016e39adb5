import { findReportError, formatProblem } from '../errors.ts';

/** Why the last preview build failed, as the terminal prints it: a heading, then one line a problem. */
export interface FailureReport {
  heading: string;
  /** Each problem as `file:line:col: message`, or the tool's own one-line error. */
  problems: string[];
  /** Whether the failure is an editing mistake (true) or a fault in the tool (false). */
  editing: boolean;
}

/**
 * Reads a failed build's error the way reportFailure prints it for `npm start`.
 * @example failureReport(new ContentError([{ file: 'content/a.md', line: 3, message: 'unknown figure' }])).problems // ['content/a.md:3: unknown figure']
 */
export function failureReport(error: unknown): FailureReport {
  const ours = findReportError(error)?.problems ?? [];
  if (ours.length > 0) {
    const count = ours.length;
    return { heading: `The preview was not updated: ${count} problem${count === 1 ? '' : 's'} to fix`, problems: ours.map(formatProblem), editing: true };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { heading: 'The preview was not updated', problems: [message.split('\n')[0] ?? ''], editing: false };
}
