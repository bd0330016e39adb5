import { spawn } from 'node:child_process';

/** A long-running process whose output is kept, to explain a failure. */
export interface LoggedProcess {
  /** Whether it has stopped (crashed, or been stopped). */
  exited(): boolean;
  /** The last lines it printed. */
  recentOutput(): string;
  /**
   * Stops the process and everything it started (its own process group).
   * @returns once it has exited, so its folder can be removed without it still writing there.
   */
  stop(): Promise<void>;
}

/**
 * Starts a command in its own process group, so stopping it also stops npm's and tsx's children.
 * @param args the program's arguments.
 */
export function startLogged(program: string, args: string[], cwd: string): LoggedProcess {
  const child = spawn(program, args, { cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer): void => void (output = (output + chunk.toString()).slice(-4000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  return {
    exited: () => child.exitCode !== null || child.signalCode !== null,
    recentOutput: () => output,
    stop: async () => {
      if (child.pid === undefined) return;
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        return; // the group has gone already
      }
      await groupGone(child.pid);
    },
  };
}

/** Waits until no process of a group is left (npm may exit before the build it started), at most 10 s. */
async function groupGone(group: number): Promise<void> {
  for (let waited = 0; waited < 10_000; waited += 50) {
    try {
      process.kill(-group, 0);
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
