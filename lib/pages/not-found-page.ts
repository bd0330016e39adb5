import { html } from '../layouts/html.ts';
import type { SitePage } from './site-page.ts';

/** The page hosts show for an address the site does not have (/404.html). */
export const notFoundPage: SitePage = {
  data: {
    title: 'Page not found',
    summary: 'The page you asked for is not in the Tri-borough reports.',
    permalink: '/404.html',
    eleventyExcludeFromCollections: true,
    layout: 'layouts/base.11ty.js',
  },
  render: ({ title }) => html`<h1>${title}</h1>
<p>If you typed the web address, check it is correct. If you pasted it, check you copied the whole address.</p>
<p><a href="/">Go to the list of reports</a> or <a href="/figures/">see all the figures</a>.</p>
`.text,
};
