import { figureHtml } from '../shortcodes/figure.ts';
import { html, raw, type Markup } from '../layouts/html.ts';
import { publicationNoticeText } from '../layouts/publication-notice.ts';
import type { Headline } from '../site/headlines.ts';
import type { SitePage } from './site-page.ts';

/** The home page (/): what the reports are, their headline figures, and the publications. */
export const homePage: SitePage = {
  data: {
    title: 'Tri-borough reports',
    summary: 'How three London councils share services, what they have saved, and what they plan next.',
    layout: 'layouts/base.11ty.js',
    permalink: '/',
  },
  render: (data) => html`<h1>${data.title}</h1>
<div class="prose">
<p>Hammersmith &amp; Fulham, Kensington and Chelsea, and Westminster councils share services. These reports tell the story: the savings, the plans, and the people on the front line.</p>

</div>${headlineFigures(data.headlines ?? [])}
<h2>Publications</h2>
<ul class="publication-list">${data.collections.publications.map((publication) => html`
  <li>
    <h3><a href="${publication.landing.url}">${publication.landing.data.title}</a></h3>
    <p>${publication.landing.data.summary}</p>
    <p class="section-meta publication-notice">${raw(publicationNoticeText(publication.landing.data.source ?? ''))}. ${publication.sections.length} sections.</p>
  </li>`)}
</ul>
<p><a href="/figures/">All figures and their sources</a>: every number in these reports, with the document and date it comes from.</p>
`.text,
};

/** Every number comes from the data (_data/headlines.yaml names the figures); each links to the section that tells its story. */
function headlineFigures(headlines: readonly Headline[]): Markup | string {
  if (headlines.length === 0) return '';
  return html`
<h2 id="headline-figures">Headline figures</h2>
<ul class="headline-figures">${headlines.map((item) => html`
  <li><span class="headline-value">${item.from ? html`${raw(figureHtml(item.from))} to ` : ''}${raw(figureHtml(item.figure))}</span> <a href="${item.link}">${item.label}</a><span class="headline-source">${item.source}</span></li>`)}
</ul>
<p>The two documents sometimes give different figures for the same thing: <a href="/figures/#differences-heading">why these figures differ</a>.</p>`;
}
