import { reportDataJson } from '../cms/report-data-cache.ts';
import { REPORT_DATA_URL } from '../cms/report-files.ts';
import type { SitePage } from './site-page.ts';

/** /admin/report-data.json: the report's files, for the editing screens' pre-save check and preview (lib/cms/report-files.ts). */
export const reportDataFile: SitePage = {
  data: { permalink: REPORT_DATA_URL, layout: false, eleventyExcludeFromCollections: true },
  render: () => reportDataJson(),
};
