import { findDifferences } from '../figures/differences.ts';
import { reportFigures } from '../figures/report-figures.ts';
import { differenceNotes } from './difference-notes.ts';
import { pageDifferences } from './page-differences.ts';

/**
 * "Why these figures differ" for a site page (lib/pages/): the differences its citations touch, or, with
 * no file (the All figures page, which shows every table), every difference in the data.
 * @example {{ page.inputPath | differenceNotesHtml | safe }}
 */
export function differenceNotesHtml(inputPath?: string): string {
  const differences = inputPath ? pageDifferences(inputPath) : findDifferences(reportFigures().figures.tables).differences;
  return differenceNotes(differences).text;
}
