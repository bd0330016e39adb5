/**
 * `npm test`: every suite, in two steps, the suites of a step side by side. Each suite alone
 * leaves a core idle much of the time (the type check is one thread, the browser tests wait on
 * pages, the unit tests on the builds they start), so together they finish sooner on two cores;
 * none depends on another's timing, and none writes what another reads:
 *   1. the PDFs, which build _site/, beside the type check (which writes nothing);
 *   2. the browser tests, the checks of the built files (both only read _site/) and the unit
 *      tests (which build copies of the project in the system's temporary folder).
 * The first suite of a step prints as it goes; the others' output is held and printed when they
 * end, so no two suites' lines are mixed. Every suite of a step runs to its end even when another
 * fails, and npm test fails, naming each suite that failed.
 */
import { spawn } from 'node:child_process';

interface Suite {
  name: string;
  command: string;
}

const STEPS: Suite[][] = [
  [
    { name: 'PDF editions', command: 'tsx scripts/ensure-browser.ts && npm run --silent pdf' },
    { name: 'type check', command: 'npm run --silent lint' },
  ],
  [
    { name: 'browser tests', command: 'npm run --silent test:e2e' },
    { name: 'unit tests', command: 'npm run --silent test:unit' },
    { name: 'checks of the built files', command: 'npm run --silent test:site' },
  ],
];

/** Runs a suite through the shell, its output printed live (`live`) or held until it ends. @returns whether it passed. */
function runSuite({ command }: Suite, live: boolean): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(command, { shell: true, stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
    const held: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => held.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => held.push(chunk));
    child.on('close', (code) => {
      if (!live) process.stdout.write(Buffer.concat(held));
      resolve(code === 0);
    });
  });
}

const failed: string[] = [];
for (const step of STEPS) {
  const started = performance.now();
  const results = await Promise.all(step.map((suite, index) => runSuite(suite, index === 0)));
  step.forEach((suite, index) => results[index] || failed.push(suite.name));
  console.log(`\n${step.map((suite, index) => `${suite.name}: ${results[index] ? 'passed' : 'FAILED'}`).join(', ')} (${Math.round((performance.now() - started) / 1000)} s)\n`);
  if (failed.length > 0) break;
}
if (failed.length > 0) {
  console.error(`npm test failed: ${failed.join(', ')} (their output is above).`);
  process.exitCode = 1;
}
