/** The steps of a build the fault tests stop it at (tests/unit/publish-faults.test.ts). */
export type BuildStep = 'claimed' | 'written' | 'swept' | 'renamed' | 'linked' | 'moved-aside' | 'swapped';

/**
 * A test hook: with REPORT_BUILD_PAUSE_AT=<step>, the build prints `paused at <step>` and stops
 * there for good, so a test can kill it at exactly that step, waiting on the line, not on a time.
 * With REPORT_BUILD_FAULT_AT=<step>:<code>, it fails there as the disk would (ENOSPC...).
 */
export function pauseAt(step: BuildStep, folder: string): void {
  const fault = process.env.REPORT_BUILD_FAULT_AT?.split(':');
  if (fault?.[0] === step) throw simulatedFault(fault[1] ?? 'ENOSPC', folder);
  if (process.env.REPORT_BUILD_PAUSE_AT !== step) return;
  process.stderr.write(`paused at ${step}\n`);
  // Blocks this thread for good: nothing of the build may run on after the step.
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
}

/** An error as Node's fs gives it when a write into `folder` fails with `code`. */
function simulatedFault(code: string, folder: string): NodeJS.ErrnoException {
  const file = `${folder}/index.html`;
  return Object.assign(new Error(`${code}: simulated by REPORT_BUILD_FAULT_AT, write '${file}'`), { code, syscall: 'write', path: file });
}
