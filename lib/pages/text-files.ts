/**
 * The site's plain-text and XML files for crawlers and hosts: the sitemap, robots.txt and the
 * security headers (_headers).
 */
import { html } from '../layouts/html.ts';
import { ADMIN_POLICY_HEADER, PAGE_POLICY_HEADER } from '../site/security-policy.ts';
import type { CollectionItem } from './page-data.ts';
import type { SitePage } from './site-page.ts';

const NOT_A_PAGE = { eleventyExcludeFromCollections: true, layout: false };

/** /sitemap.xml: every page's full address, in order of address. */
export const sitemap: SitePage = {
  data: { ...NOT_A_PAGE, permalink: '/sitemap.xml' },
  render: ({ site, collections }) => html`<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${pageUrls(collections.all).map((url) => html`
  <url><loc>${site.url}${url}</loc></url>`)}
</urlset>
`.text,
};

function pageUrls(items: readonly CollectionItem[]): string[] {
  const urls = items.map((item) => item.url).filter((url): url is string => typeof url === 'string');
  return urls.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** /robots.txt: every page may be crawled but the editing screens; where the sitemap is. */
export const robots: SitePage = {
  data: { ...NOT_A_PAGE, permalink: '/robots.txt' },
  render: ({ site }) => html`User-agent: *
Allow: /
Disallow: /admin/
Sitemap: ${site.url}/sitemap.xml
`.text,
};

/**
 * /_headers: the security headers, for hosts that read such a file (Netlify, Cloudflare
 * Pages). The policies are code, not content (lib/site/security-policy.ts).
 */
export const headers: SitePage = {
  data: { ...NOT_A_PAGE, permalink: '/_headers' },
  render: () => `# Security headers for hosts that read a _headers file (Netlify, Cloudflare Pages).
/*
  Content-Security-Policy: ${PAGE_POLICY_HEADER}
  Referrer-Policy: strict-origin-when-cross-origin
  X-Content-Type-Options: nosniff
  Permissions-Policy: camera=(), microphone=(), geolocation=()

# Decap CMS at /admin/ needs eval and inline styles, which the policy above forbids. Keep this
# block after /*: the "!" line detaches the site-wide policy on Cloudflare Pages; Netlify ignores it.
/admin/*
  ! Content-Security-Policy
  Content-Security-Policy: ${ADMIN_POLICY_HEADER}
  X-Robots-Tag: noindex
`,
};
