import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** GNU time: reports the largest resident set of the process tree it waited for. */
const GNU_TIME = '/usr/bin/time';

/** One timed run of a whole process. */
export interface ProcessTiming {
  /** Wall time from spawn to exit, in milliseconds. */
  ms: number;
  /** Peak resident memory of the largest process in the tree, in MB; undefined without GNU time. */
  peakMb?: number;
  /** User plus system CPU time of the tree, in ms (10 ms resolution); undefined without GNU time. */
  cpuMs?: number;
}

/** A command to run: the program, its arguments and the folder to run it in. */
export interface Command {
  program: string;
  args: string[];
  cwd: string;
}

/** Whether peak memory can be measured on this machine. */
export function canMeasureMemory(): boolean {
  return existsSync(GNU_TIME);
}

/**
 * Runs a command to completion and times it, through GNU time when present for the peak memory.
 * @throws Error with the end of its output when it exits with a non-zero code.
 */
export async function timeProcess(command: Command): Promise<ProcessTiming> {
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'bench-time-'));
  const memoryFile = path.join(scratch, 'rss');
  const wrapped: Command = canMeasureMemory()
    ? { ...command, program: GNU_TIME, args: ['-f', '%M %U %S', '-o', memoryFile, command.program, ...command.args] }
    : command;
  try {
    const started = performance.now();
    await run(wrapped);
    const ms = performance.now() - started;
    return { ms, ...(await readResources(memoryFile)) };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** Runs a command, keeping its output only to explain a failure. */
export function run(command: Command): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command.program, command.args, { cwd: command.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer): void => void (output = (output + chunk.toString()).slice(-4000));
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('close', (code) => {
      const cause = output.split('\n').find((line) => line.trim() !== '') ?? 'no output';
      if (code === 0) resolve(output);
      else reject(new Error(`exited with ${code}: ${cause.trim()}\n${command.program} ${command.args.join(' ')} in ${command.cwd}:\n${output}`));
    });
  });
}

/** Reads GNU time's `%M %U %S` line: peak kilobytes, user and system seconds. */
async function readResources(file: string): Promise<Omit<ProcessTiming, 'ms'>> {
  const text = await readFile(file, 'utf8').catch(() => '');
  // GNU time writes "Command exited with non-zero status" first when it fails; the figures are last.
  const [kilobytes, user, system] = (text.trim().split('\n').at(-1) ?? '').split(' ').map(Number);
  if (!kilobytes || !Number.isFinite(kilobytes)) return {};
  return { peakMb: kilobytes / 1024, cpuMs: Math.round(((user ?? NaN) + (system ?? NaN)) * 1000) };
}
