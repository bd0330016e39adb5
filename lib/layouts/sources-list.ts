import { pageSources } from './page-sources.ts';
import { formatDate } from '../format/format-date.ts';
import { html, type Markup } from './html.ts';

/** The sources a page draws on, each with its publisher, date and address. */
export function sourcesList(inputPath: string, pageSource: string): Markup {
  const items = pageSources(inputPath, pageSource).map(
    (item) => html`
    <li><cite>${item.title}</cite>, ${item.publisher}, ${formatDate(item.date)}${item.kind ? html`. ${item.kind}` : ''}${item.url ? html`: <a href="${item.url}">${item.url}</a>` : ''}.</li>`,
  );
  return html`<section class="sources" aria-labelledby="sources-heading">
  <h2 id="sources-heading">Sources</h2>
  <ul>${items}
  </ul>
</section>`;
}
