/**
 * `npm run cms -- [--port=8080]`: edit the report in the browser on this computer. Starts the
 * editing server (which saves the editing screens' changes straight into content/, _data/figures/
 * and assets/images/, and answers only the editing screens, on 127.0.0.1) and the live preview
 * (`npm start`), and says where to go. Ctrl+C stops both.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DECAP_SERVER_PORT } from '../lib/cms/cms-settings.ts';
import { CONFIG_FILE, currentConfigYaml } from '../lib/cms/current-config.ts';
import { startEditingServer } from '../lib/cms/editing-server.ts';
import { stopProcess } from '../lib/cms/stop-process.ts';
import { reportFailure } from '../lib/build/report-failure.ts';

const { values } = parseArgs({ options: { port: { type: 'string', default: '8080' } } });
const root = process.cwd();

const editorPort = Number(values.port);
if (!Number.isInteger(editorPort) || editorPort < 1 || editorPort > 65535) {
  console.error(`--port must be a port number like 8080, not "${values.port}".`);
  process.exit(1);
}
refreshConfig();
const editing = await startEditingServer(root, { port: DECAP_SERVER_PORT, editorPort, verbose: true }).catch((error: unknown) => {
  console.error(`The editing screens could not start: ${(error as Error).message}`);
  process.exit(1);
});
const tsx = path.join(root, 'node_modules/.bin/tsx');
const preview = spawn(tsx, ['scripts/start.ts', `--port=${values.port}`], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
preview.stdout.on('data', (chunk: Buffer) => {
  process.stdout.write(chunk);
  if (chunk.toString().includes('The report is at')) {
    console.log(`Edit the report at http://localhost:${values.port}/admin/ and press Publish to save into content/, _data/figures/ and assets/images/. Press Ctrl+C to stop.`);
  }
});

let stopping = false;
async function stop(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  await Promise.all([editing.stop(), stopProcess(preview)]);
  process.exit(code);
}
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
preview.on('exit', (code) => void stop(code ?? 1));

/**
 * Brings admin/config.yml up to date with the tables and publications, so a table added by hand
 * shows in the editing screens. If they cannot be read, says why and keeps the file as it is.
 */
function refreshConfig(): void {
  const file = path.join(root, CONFIG_FILE);
  try {
    const wanted = currentConfigYaml(root);
    if (readFileSync(file, 'utf8') === wanted) return;
    writeFileSync(file, wanted);
    console.log(`Updated ${CONFIG_FILE} to match the tables and publications: commit it with your change.`);
  } catch (error) {
    reportFailure(error, 'check');
    console.error(`The editing screens use ${CONFIG_FILE} as it was.`);
  }
}
