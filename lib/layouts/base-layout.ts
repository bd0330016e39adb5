import { SITE_FONT_WEIGHTS, siteFontName } from '../site/site-font.ts';
import { headMeta } from './head-meta.ts';
import { html, raw, type Markup } from './html.ts';
import type { LayoutData, PageHead } from './layout-data.ts';

/** The page title: the page's, then the site's. */
function pageTitle({ title, site }: PageHead): string {
  return title && title !== site.title ? `${title} – ${site.title}` : site.title;
}

/** "Is this page useful?": a mail link with the page's title as the subject. */
function feedback({ title, site }: PageHead): Markup {
  const subject = encodeURIComponent(`Feedback: ${title || site.title}`);
  return html`<section class="feedback" aria-labelledby="feedback-heading">
  <h2 id="feedback-heading">Is this page useful?</h2>
  <p><a href="mailto:${site.feedback.email}?subject=${subject}">Tell us what you think of this page</a>, or report a mistake in it.</p>
</section>`;
}

/** The site font's files, asked for with the stylesheet rather than after it, so text is not drawn first in another font and then moved. */
function fontPreloads(): Markup {
  return raw(SITE_FONT_WEIGHTS.map((weight) => `<link rel="preload" href="/assets/fonts/${siteFontName(weight, 'woff2')}" as="font" type="font/woff2" crossorigin>\n`).join(''));
}

/** How a page is dressed: for the screen (publisher, feedback), or as a print edition (its own styles, no footer). */
export type PageKind = 'web' | 'print';

/**
 * Every page of the site around its main content: head, site header and, on the web, a footer
 * with feedback.
 * @param main the page's main content, already markup.
 */
export function basePage(data: PageHead, main: Markup, kind: PageKind = 'web'): string {
  const { site } = data;
  const web = kind === 'web';
  return html`<!DOCTYPE html>
<html lang="${site.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${pageTitle(data)}</title>
${headMeta(data)}
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
${fontPreloads()}<link rel="stylesheet" href="/assets/report.css">
<link rel="stylesheet" href="/assets/charts.css">
<link rel="stylesheet" href="/assets/print.css" media="print">
${web ? '' : html`<link rel="stylesheet" href="/assets/print-edition.css">\n`}</head>
<body${web ? '' : html` class="print-edition"`}>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
  <div class="width-container">
    <a class="site-title" href="/">${site.title}</a>
${web ? html`    <p class="site-publisher">${site.publisher}</p>\n` : ''}  </div>
</header>
<div class="width-container">
<main id="main" tabindex="-1">
${main}
</main>
</div>
${web ? siteFooter(data) : ''}</body>
</html>
`.text;
}

function siteFooter(data: PageHead): Markup {
  return html`<footer class="site-footer">
  <div class="width-container">
    ${feedback(data)}
    <p>Published by ${data.site.publisher}.</p>
    <p><a href="/glossary/">Glossary</a> · <a href="/accessibility/">Accessibility statement</a></p>
  </div>
</footer>
`;
}

/** The base layout for Eleventy (layouts/base.11ty.js): the section layout and the site's own pages chain to it. */
export const baseLayout = {
  render: (data: LayoutData): string => basePage(data, raw(data.content)),
};
