/**
 * `npm start -- [--port=8080] [--host=0.0.0.0]`: builds the report, serves it with live reload,
 * and rebuilds on every save (only what changed). A broken edit prints what to fix, in plain
 * English, and the preview keeps showing the last good build. It listens on this computer only
 * (127.0.0.1) unless --host says otherwise.
 */
import Eleventy from '@11ty/eleventy';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { previewFolder } from '../lib/build/preview-folder.ts';
import { PREVIEW_HOST, listenPreviewOn } from '../lib/build/preview-host.ts';
import { reportFailure } from '../lib/build/report-failure.ts';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '8080' }, host: { type: 'string', default: PREVIEW_HOST }, full: { type: 'boolean', default: false } },
});
try {
  listenPreviewOn(values.host);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const root = process.cwd();
// A failure nothing waits for (a library's stray promise, as vega's link check was) would end
// the process: it is reported instead, and the preview keeps serving the last good pages.
process.on('unhandledRejection', (error) => reportFailure(error, 'serve'));
await previewFolder(path.join(root, '_site'));
const eleventy = new Eleventy(path.join(root, 'content'), path.join(root, '_site'), {
  configPath: path.join(root, '.eleventy.ts'),
  runMode: 'serve',
  quietMode: true,
  source: 'script',
});
eleventy.errorHandler.error = (error) => reportFailure(error, 'serve');
eleventy.errorHandler.fatal = eleventy.errorHandler.error;

await eleventy.init();
// Rebuild only the pages an edit touches (--full rebuilds everything on every save).
eleventy.setIncrementalBuild(!values.full);
await eleventy.watch();
await eleventy.serve(Number(values.port));
console.log(`The report is at http://localhost:${values.port}/ and updates when you save a file. Press Ctrl+C to stop.`);
process.on('SIGINT', async () => {
  await eleventy.stopWatch();
  process.exit(0);
});
