/**
 * The site's address: where canonical links, the sitemap, social cards and the PDFs point.
 * _data/site.yaml holds it; while it is a placeholder (example.gov.uk), the publish workflow
 * writes in the address GitHub Pages gives the site, so nothing published points at the example.
 */
import type { Problem } from '../errors.ts';
import { messages } from '../messages.ts';
import { siteSchema } from './site-schema.ts';

/** Addresses reserved for examples (RFC 2606 and the project's own example.gov.uk): never published. */
const PLACEHOLDER_HOST = /(^|\.)example\.(gov\.uk|com|org|net)$/;

/** Whether an address or email is a placeholder, on an example domain. */
export function isPlaceholder(address: string): boolean {
  const host = address.includes('@') ? address.split('@').pop() ?? '' : hostOf(address);
  return PLACEHOLDER_HOST.test(host.toLowerCase());
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** The address as the site setting wants it: GitHub Pages gives one ending in "/", the setting has none. */
export function normaliseSiteUrl(url: string): string {
  return url.replace(/\/+$/, '');
}

/** The problem with an address given on the command line, if it cannot be the site's address. */
export function siteUrlProblem(url: string, file: string): Problem | undefined {
  const valid = new RegExp(siteSchema.properties.url.pattern).test(url) && !isPlaceholder(url);
  return valid ? undefined : { file, message: messages.badSiteUrl(url) };
}

/**
 * The settings' text with `url:` set to `url`, when it holds a placeholder; every other line,
 * comments included, as it was. A real address an editor wrote is kept.
 * @returns the text, and whether it changed.
 */
export function withSiteUrl(text: string, url: string): { text: string; changed: boolean } {
  const line = /^url:[ \t]*(\S*)[ \t]*$/m.exec(text);
  if (!line || !isPlaceholder(line[1]?.replace(/^["']|["']$/g, '') ?? '')) return { text, changed: false };
  return { text: text.replace(line[0], `url: ${url}`), changed: true };
}
