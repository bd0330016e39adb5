import { existsSync } from 'node:fs';
import { chromium } from 'playwright';

/** Debian's Chromium, which CI installs with apt-get; Playwright's own browser is the fallback. */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** Flags Chromium needs here: run as root, no GPU, and no calls home on a closed network. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

/** The browser to test with, or undefined when there is none on this machine. */
export function findBrowser(): string | undefined {
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  const bundled = chromium.executablePath();
  return existsSync(bundled) ? bundled : undefined;
}
