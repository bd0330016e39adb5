import { ContentError, isReportError } from '../errors.ts';
import { locateText } from '../content/locate-text.ts';

/** What Eleventy gives a shortcode as `this`. */
export interface ShortcodeContext {
  page: { inputPath: string; url: string };
}

/**
 * Runs a shortcode body; a problem it finds is reported at the file and line of the
 * shortcode call, which only the page knows.
 */
export function atCallSite<T>(context: ShortcodeContext, needle: string, body: () => T): T {
  try {
    return body();
  } catch (error) {
    if (!isReportError(error) || error.problems.every((problem) => problem.file)) throw error;
    const file = context.page.inputPath.replace(/^\.\//, '');
    const location = locateText(file, needle);
    throw new ContentError(error.problems.map((problem) => ({ ...problem, ...location })));
  }
}
