import type { Source } from '../figures/model.ts';
import { formatDate } from '../format/format-date.ts';
import type { GlossaryTerm } from '../glossary/load-glossary.ts';
import { html, type Markup } from '../layouts/html.ts';
import type { SitePage } from './site-page.ts';

/** The glossary (/glossary/): each term the pages mark, with its meaning and the document it comes from. */
export const glossaryPage: SitePage = {
  data: {
    title: 'Glossary',
    summary: 'What the words in these reports that readers may not know mean, in plain English.',
    layout: 'layouts/base.11ty.js',
    permalink: '/glossary/',
  },
  render: ({ title, summary, glossary, sources }) => html`<h1>${title}</h1>
<p>${summary} On every page, the first use of one of these words links here, and its meaning follows the sentence.</p>
<dl class="glossary">${(glossary?.terms ?? []).map((entry) => html`
  <dt id="${entry.id}"><dfn>${entry.term}</dfn></dt>
  <dd>${entry.definition}${termSource(entry, sources ?? [])}</dd>`)}
</dl>
`.text,
};

function termSource(entry: GlossaryTerm, sources: readonly Source[]): Markup | '' {
  const source = sources.find((item) => item.id === entry.source);
  return source ? html` <span class="glossary-source">As used in <cite>${source.title}</cite>, ${formatDate(source.date)}.</span>` : '';
}
