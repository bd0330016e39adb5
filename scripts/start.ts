/**
 * `npm start -- [--port=8080] [--host=0.0.0.0]`: builds the report, serves it with live reload,
 * and rebuilds on every save: only the saved page, or every page when others show what
 * changed (a page added or removed, a title or order changed). A broken edit prints what to
 * fix, in plain English, and every page of the preview shows the same until it is fixed. It
 * listens on this computer only (127.0.0.1) unless --host says otherwise.
 */
import Eleventy from '@11ty/eleventy';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { previewFolder } from '../lib/build/preview-folder.ts';
import { PREVIEW_HOST, listenPreviewOn } from '../lib/build/preview-host.ts';
import { reportFailure } from '../lib/build/report-failure.ts';
import type { BuildOutcome } from '../lib/preview/failure-middleware.ts';
import { failureReport } from '../lib/preview/failure-report.ts';
import { reloadPagesOnFailure } from '../lib/preview/live-reload.ts';
import { previewConfig } from '../lib/preview/preview-config.ts';
import { RebuildScope } from '../lib/preview/rebuild-scope.ts';
import { removePageOutput } from '../lib/preview/removed-page-output.ts';
import { startMessage } from '../lib/preview/start-message.ts';

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
const outcome: BuildOutcome = { failure: undefined, mended: false };
const scope = new RebuildScope(path.join(root, 'content'));
let served: (url: string) => void = () => undefined;
const listening = new Promise<string>((resolve) => (served = resolve));
const eleventy = new Eleventy(path.join(root, 'content'), path.join(root, '_site'), {
  configPath: path.join(root, '.eleventy.ts'),
  runMode: 'serve',
  quietMode: true,
  source: 'script',
  config: previewConfig({
    outcome,
    scope,
    full: values.full,
    setIncremental: (incremental) => eleventy.setIncrementalBuild(incremental),
    listening: (url) => served(url),
  }),
});
eleventy.errorHandler.error = (error) => {
  outcome.failure = failureReport(error);
  reportFailure(error, 'serve');
};
eleventy.errorHandler.fatal = eleventy.errorHandler.error;

await eleventy.init();
// Rebuild only the pages an edit touches (--full rebuilds everything on every save).
eleventy.setIncrementalBuild(!values.full);
reloadPagesOnFailure(eleventy.eleventyServe, outcome);
keepWatchingAfterFailedFirstBuild();
const rebuild = await eleventy.watch();
// Eleventy 3 notes a deleted file but neither removes its page nor rebuilds the pages listing it.
eleventy.watcher.on('unlink', (file) => {
  removePageOutput(path.join(root, 'content'), path.join(root, '_site'), file);
  void rebuild(file);
});
await eleventy.serve(Number(values.port));
console.log(startMessage(await listening, values.port));

/**
 * Eleventy stops, with a stack trace, when the build before it starts watching fails; the
 * editor's mistake is already printed (and the preview shows it): watch anyway, so saving the
 * fix rebuilds every page.
 */
function keepWatchingAfterFailedFirstBuild(): void {
  const write = eleventy.write.bind(eleventy);
  eleventy.write = async () => {
    eleventy.write = write;
    try {
      return await write();
    } catch (error) {
      if (!outcome.failure) throw error;
      scope.firstBuildFailed();
      // The watcher is set up from the list of pages the build would have made.
      await eleventy.eleventyFiles.getFiles();
      return [[], []];
    }
  };
}

process.on('SIGINT', async () => {
  await eleventy.stopWatch();
  process.exit(0);
});
