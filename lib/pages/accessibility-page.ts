import { formatDate } from '../format/format-date.ts';
import { html, type Markup } from '../layouts/html.ts';
import type { AccessibilityProblems } from '../site/accessibility-problems.ts';
import type { SitePage } from './site-page.ts';

/**
 * The accessibility statement (/accessibility/, linked from every page's footer), after the
 * model statement for UK public sector websites. What it says of how the site is built and
 * checked is the site's code, so it lives here; the problems known today and the date they were
 * reviewed are the editors', in _data/accessibility.yaml.
 */
export const accessibilityPage: SitePage = {
  data: {
    title: 'Accessibility statement',
    summary: 'How you can read and use the Tri-borough reports, what is not yet accessible, how we check them, and how to tell us about a problem.',
    layout: 'layouts/base.11ty.js',
    permalink: '/accessibility/',
  },
  render: ({ title, site, accessibility }) => html`<h1>${title}</h1>
<p>This statement is about ${site.title}, published at ${site.url} by ${site.publisher}.</p>

<h2>Using these reports</h2>
<p>We want as many people as possible to be able to read these reports. You should be able to:</p>
<ul>
  <li>read every page on a phone screen 375 pixels wide without the page scrolling sideways: on a narrow screen, a table with more than two columns shows each row as a short list</li>
  <li>move through every page with a keyboard alone, and always see where you are on it</li>
  <li>use a screen reader: every page has one title and its headings in order, and every table of figures has a caption and column headings</li>
  <li>read every chart as text: each has a summary of what it shows, and its figures are in a table</li>
  <li>read every page with JavaScript turned off</li>
  <li>print any page, or download each report as a PDF with bookmarks for its headings</li>
  <li>download the figures as spreadsheet (CSV) and JSON files</li>
</ul>

<h2>How accessible these reports are</h2>
<p>We know some parts of these reports are not fully accessible. They are listed, with what we will do about each, under <a href="#not-accessible">Content that is not accessible</a>.</p>

<h2>Tell us about a problem</h2>
<p>If you find something hard to read or use, or you need a report in another format, email <a href="mailto:${site.feedback.email}?subject=Accessibility">${site.feedback.email}</a>.</p>

<h2>Enforcement</h2>
<p>The Equality and Human Rights Commission enforces the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018. If you are not happy with how we answer you, contact the <a href="https://www.equalityadvisoryservice.com/">Equality Advisory and Support Service</a>.</p>

<h2>Compliance status</h2>
<p>These reports are partially compliant with the Web Content Accessibility Guidelines (WCAG) version 2.2 at level AA, because of the problems listed under “Content that is not accessible”, and because no accessibility specialist has yet checked them by hand.</p>

<h2 id="not-accessible">Content that is not accessible</h2>
<p>The content below is not yet fully accessible, for these reasons.</p>
<ul class="known-problems">${(accessibility?.problems ?? []).map((problem) => html`
  <li><p>${problem.what}</p>${problem.standard ? html`<p>WCAG 2.2 success criterion: ${problem.standard}.</p>` : ''}${problem.plan ? html`<p>${problem.plan}</p>` : ''}</li>`)}
</ul>

<h2>How we check these reports</h2>
<p>Before any change is published, a computer checks every page in a web browser: against the WCAG 2.2 rules at levels A and AA that can be checked automatically, that the code of every page is valid, that every page can be used with a keyboard, and that every page fits a phone screen and a wide screen. A change that fails any of these checks is not published. Automatic checks find only some kinds of problem.</p>

<h2>About this statement</h2>
<p>This statement was prepared on 23 November 2026.${reviewed(accessibility)}</p>
`.text,
};

function reviewed(accessibility: AccessibilityProblems | undefined): Markup | '' {
  return accessibility?.reviewed ? html` The list of problems was last reviewed on ${formatDate(accessibility.reviewed)}.` : '';
}
