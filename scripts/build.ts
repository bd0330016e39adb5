/**
 * `npm run build -- [--pathprefix=/report/]`: builds the report into _site/ atomically (_site is
 * a link, replaced in one rename: lib/build/link-site.ts). Prints every problem as file:line:col,
 * or a full disk in plain words, and exits 1, leaving the previous _site/ untouched.
 */
import { runBuild } from '../lib/build/run-build.ts';

const code = await runBuild(process.argv.slice(2));
if (code !== 0) process.exitCode = code;
