import { spawn } from 'node:child_process';

/** A long-running process whose output is kept, to explain a failure. */
export interface LoggedProcess {
  /** Whether it has stopped (crashed, or been stopped). */
  exited(): boolean;
  /** The last lines it printed. */
  recentOutput(): string;
  /** Stops the process and everything it started (its own process group). */
  stop(): void;
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
    stop: () => {
      if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
    },
  };
}
