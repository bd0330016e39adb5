import type { Here } from './contents-nav.ts';
import { html, type Markup } from './html.ts';

/** Links to the previous and next pages in the publication's reading order. */
export function paginationNav({ previous, next }: Here): Markup {
  const link = (item: typeof previous, rel: 'prev' | 'next', label: string) =>
    item
      ? html`
    <li class="pagination-${rel === 'prev' ? 'previous' : 'next'}"><a href="${item.url}" rel="${rel}"><span class="pagination-label">${label}<span class="visually-hidden">:</span></span> ${item.data.title}</a></li>`
      : '';
  return html`<nav class="pagination" aria-label="Previous and next pages">
  <ul>${link(previous, 'prev', 'Previous')}${link(next, 'next', 'Next')}
  </ul>
</nav>`;
}
