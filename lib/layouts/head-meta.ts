import { html, type Markup } from './html.ts';
import type { PageHead } from './layout-data.ts';
import { PAGE_POLICY } from '../site/security-policy.ts';

/** Per-page metadata: canonical address from the one site URL setting, social cards, security policy. */
export function headMeta({ site, page, title, summary }: PageHead): Markup {
  const canonical = site.url + page.url;
  const description = summary || site.description;
  return html`<meta http-equiv="Content-Security-Policy" content="${PAGE_POLICY}">
<meta name="referrer" content="strict-origin-when-cross-origin">
<meta name="description" content="${description}">
<link rel="canonical" href="${canonical}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="${site.title}">
<meta property="og:locale" content="en_GB">
<meta property="og:title" content="${title || site.title}">
<meta property="og:description" content="${description}">
<meta property="og:url" content="${canonical}">
<meta name="twitter:card" content="summary">`;
}
