import { formatDate } from '../format/format-date.ts';
import { figureTableHtml } from '../html/figure-table-html.ts';
import { differenceNotesHtml } from '../layouts/difference-notes-html.ts';
import { html, raw } from '../layouts/html.ts';
import type { SitePage } from './site-page.ts';

/** All figures and their sources (/figures/): every table, why figures differ, every source. */
export const figuresPage: SitePage = {
  data: {
    title: 'All figures and their sources',
    summary: 'Every figure in the Tri-borough reports, in tables, with the document and date each comes from.',
    layout: 'layouts/base.11ty.js',
    permalink: '/figures/',
  },
  render: ({ title, figures, sources }) => html`<h1>${title}</h1>
<p>Every number in these reports comes from the tables on this page. Where two documents state a figure differently, the table shows the latest and notes the earlier statement with its source, and the end of the page says why the figures differ.</p>
<div class="wide-tables">
${Object.values(figures ?? {}).map((table) => html`
${raw(figureTableHtml(table))}
`)}
</div>
${raw(differenceNotesHtml())}
<section class="sources" aria-labelledby="sources-heading">
  <h2 id="sources-heading">Sources</h2>
  <ul>${(sources ?? []).map((item) => html`
    <li id="source-${item.id}"><cite>${item.title}</cite>, ${item.publisher}, ${formatDate(item.date)}${item.kind ? html`. ${item.kind}` : ''}${item.where ? html`: ${item.where}` : ''}${item.url ? html` (<a href="${item.url}">${item.url}</a>)` : ''}.</li>`)}
  </ul>
</section>
`.text,
};
