/**
 * `npm test`: every suite, side by side as far as what they read allows, so both cores stay busy
 * (the type check is one thread, the browser tests wait on pages, the unit tests on the builds
 * they start). None depends on another's timing, and none writes what another reads:
 *   - the PDFs, which build _site/; the type check (writes nothing); the unit tests (build copies
 *     of the project in the system's temporary folder): from the start;
 *   - the browser tests and the checks of the built files, which only read _site/: once the PDFs
 *     are done.
 * One suite at a time prints as it goes (the PDFs, then the browser tests); the others' output is
 * held and printed whole when they end, between two lines of the one printing, so no two suites'
 * lines are mixed. Every suite runs to its end even when another fails, and npm test fails,
 * naming each suite that failed.
 */
import { spawn } from 'node:child_process';

interface Suite {
  name: string;
  command: string;
  /** The suite whose output is built on: this one starts when that one has passed. */
  after?: string;
  /** Printed as it goes; the others are held until they end. */
  live?: boolean;
}

const SUITES: Suite[] = [
  { name: 'PDF editions', command: 'tsx scripts/ensure-browser.ts && npm run --silent pdf', live: true },
  { name: 'type check', command: 'npm run --silent lint' },
  { name: 'unit tests', command: 'npm run --silent test:unit' },
  { name: 'browser tests', command: 'npm run --silent test:e2e', after: 'PDF editions', live: true },
  { name: 'checks of the built files', command: 'npm run --silent test:site', after: 'PDF editions' },
];

/** What happened to a suite: passed, failed, or not run because the suite it builds on failed. */
type Outcome = 'passed' | 'FAILED' | 'not run';

const started = performance.now();
const seconds = (): number => Math.round((performance.now() - started) / 1000);

/** The live suites' unfinished last lines, which held output must not land in the middle of. */
const partialLines = new Map<string, string>();

function printHeld(name: string, output: Buffer): void {
  const pending = [...partialLines.values()].some((line) => line !== '');
  process.stdout.write(`${pending ? '\n' : ''}--- ${name} ---\n`);
  process.stdout.write(output);
}

/** Passes a live suite's output on, whole lines at a time. */
function printLive(name: string, chunk: Buffer): void {
  const text = (partialLines.get(name) ?? '') + chunk.toString('utf8');
  const end = text.lastIndexOf('\n') + 1;
  process.stdout.write(text.slice(0, end));
  partialLines.set(name, text.slice(end));
}

/** Runs a suite through the shell. @returns whether it passed. */
function runSuite({ name, command, live }: Suite): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const held: Buffer[] = [];
    const take = (chunk: Buffer): void => (live ? printLive(name, chunk) : void held.push(chunk));
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('close', (code) => {
      if (live) {
        process.stdout.write(`${partialLines.get(name) ?? ''}`);
        partialLines.delete(name);
      } else {
        printHeld(name, Buffer.concat(held));
      }
      console.log(`\n${name}: ${code === 0 ? 'passed' : 'FAILED'} (ended at ${seconds()} s)\n`);
      resolve(code === 0);
    });
  });
}

const outcomes = new Map<string, Promise<Outcome>>();
for (const suite of SUITES) {
  const before = suite.after ? outcomes.get(suite.after) : undefined;
  const outcome = (before ?? Promise.resolve<Outcome>('passed')).then(async (earlier) =>
    earlier === 'passed' ? ((await runSuite(suite)) ? 'passed' : 'FAILED') : 'not run',
  );
  outcomes.set(suite.name, outcome);
}
const results = await Promise.all(SUITES.map(async (suite) => ({ suite, outcome: await outcomes.get(suite.name) })));
console.log(`npm test (${seconds()} s): ${results.map(({ suite, outcome }) => `${suite.name} ${outcome}`).join(', ')}`);
const failed = results.filter(({ outcome }) => outcome !== 'passed');
if (failed.length > 0) {
  console.error(`npm test failed: ${failed.map(({ suite, outcome }) => `${suite.name}${outcome === 'not run' ? ` (not run: ${suite.after} failed)` : ''}`).join(', ')} (their output is above).`);
  process.exitCode = 1;
}
