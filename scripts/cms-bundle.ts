/**
 * `npm run cms:bundle`: bundles the build's checks and formatting for the editing screens into
 * admin/report-checks.js (lib/cms/cms-bundle.ts). Run it after changing lib/; a unit test says
 * when the committed file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { BUNDLE_FILE, cmsBundle } from '../lib/cms/cms-bundle.ts';

writeFileSync(BUNDLE_FILE, await cmsBundle(process.cwd()));
console.log(`Wrote ${BUNDLE_FILE}.`);
