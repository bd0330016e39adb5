import os from 'node:os';
import { timeProcess, type Command, type ProcessTiming } from './time-process.ts';

/** The timings of one command over several runs, warm-up excluded. */
export interface RunStats {
  runs: number;
  /** Every timed run's wall time, in ms, in run order. */
  samples: number[];
  medianMs: number;
  minMs: number;
  maxMs: number;
  /** The highest peak memory of any run, warm-up included, in MB. */
  peakMb?: number;
  /** Median user plus system CPU time, in ms: less disturbed than wall time by other work on the machine. */
  cpuMedianMs?: number;
  /** The 1-minute load average before the first and after the last run: above the CPU count, the machine was busy. */
  loadAverage: [number, number];
}

/** How to repeat a command. */
export interface RunPlan {
  runs: number;
  /** The command for run `index` (0 is the warm-up), so each run may write to a fresh folder. */
  command(index: number): Command;
  /** Work to do before each run, outside the timing (like clearing a cache). */
  before?(index: number): Promise<void>;
}

/**
 * Runs each command once to warm up (disk cache, compile cache), then `runs` times, timed. The
 * commands take turns run by run, so a burst of other work on the machine hits them alike.
 * @returns for each plan, in order: median, min and max of its timed runs.
 */
export async function measureRuns(plans: readonly RunPlan[]): Promise<RunStats[]> {
  const loadBefore = os.loadavg()[0] ?? NaN;
  const timings: ProcessTiming[][] = plans.map(() => []);
  const runs = Math.max(...plans.map((plan) => plan.runs));
  for (let index = 0; index <= runs; index += 1) {
    for (const [which, plan] of plans.entries()) {
      if (index > plan.runs) continue;
      await plan.before?.(index);
      timings[which]?.push(await timeProcess(plan.command(index)));
    }
  }
  const load: [number, number] = [round(loadBefore), round(os.loadavg()[0] ?? NaN)];
  return timings.map((planTimings) => summarise(planTimings, load));
}

function summarise(timings: readonly ProcessTiming[], loadAverage: [number, number]): RunStats {
  const samples = timings.slice(1).map((timing) => timing.ms);
  const peaks = timings.flatMap((timing) => (timing.peakMb === undefined ? [] : [timing.peakMb]));
  const cpu = timings.slice(1).flatMap((timing) => (timing.cpuMs === undefined ? [] : [timing.cpuMs]));
  return {
    runs: samples.length,
    samples: samples.map(Math.round),
    medianMs: median(samples),
    minMs: Math.min(...samples),
    maxMs: Math.max(...samples),
    peakMb: peaks.length > 0 ? Math.max(...peaks) : undefined,
    cpuMedianMs: cpu.length > 0 ? median(cpu) : undefined,
    loadAverage,
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The middle value, or the mean of the two middle values. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? NaN) + upper) / 2;
}
