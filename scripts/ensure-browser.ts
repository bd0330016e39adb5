/**
 * Before the browser tests: finds a Chromium, installing Playwright's own where the network
 * allows, else says in one line how to get one.
 */
import { spawnSync } from 'node:child_process';
import { findBrowser } from '../tests/browser.ts';

if (!findBrowser()) {
  spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'ignore', timeout: 300_000 });
}
if (!findBrowser()) {
  console.error('No browser for the tests: install Chromium (sudo apt-get install -y chromium) or run npx playwright install chromium.');
  process.exit(1);
}
