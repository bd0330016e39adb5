/**
 * The error types a build can end with. Each carries every problem found, so an editor
 * sees them all at once; each problem starts with `file:line:col`.
 */

/** Where in a source file a problem is. Lines and columns count from 1. */
export interface Location {
  file: string;
  line?: number;
  col?: number;
}

/** One thing an editor must fix: where it is and, in plain English, what to do. */
export interface Problem extends Location {
  message: string;
}

/** Formats a problem as `file:line:col: message`, the shape editors and editors' tools know. */
export function formatProblem(problem: Problem): string {
  const where = [problem.file, problem.line, problem.line ? problem.col : undefined]
    .filter((part) => part !== undefined)
    .join(':');
  return `${where}: ${problem.message}`;
}

/** The base of every error the report shows to editors: a list of problems, no stack. */
export class ReportError extends Error {
  override name = 'ReportError';
  readonly problems: Problem[];

  constructor(problems: Problem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.problems = problems;
  }
}

/** A problem in a YAML figure table or the sources list. */
export class DataError extends ReportError {
  override name = 'DataError';
}

/** A problem in a Markdown page: its front matter, a figure it cites, markup it uses. */
export class ContentError extends ReportError {
  override name = 'ContentError';
}

/** A problem in a chart definition or the site settings. */
export class ConfigError extends ReportError {
  override name = 'ConfigError';
}

/** Whether a thrown value is one of ours, to be shown as a plain message. */
export function isReportError(value: unknown): value is ReportError {
  return value instanceof ReportError;
}

/**
 * Finds our error inside the wrappers Eleventy puts around it.
 * @returns the ReportError, or undefined when the failure is not one of ours.
 */
export function findReportError(value: unknown): ReportError | undefined {
  const seen = new Set<unknown>();
  let current: unknown = value;
  while (current && typeof current === 'object' && !seen.has(current)) {
    if (isReportError(current)) return current;
    seen.add(current);
    const wrapper = current as { originalError?: unknown; cause?: unknown };
    current = wrapper.originalError ?? wrapper.cause;
  }
  return undefined;
}
