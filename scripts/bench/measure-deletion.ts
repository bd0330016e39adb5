import { rm } from 'node:fs/promises';
import { run } from './time-process.ts';

/**
 * Times deleting a built site the way lib/build/swap-folder.ts deletes the old one
 * (`fs.rm` recursive), on copies so the site itself is kept.
 * @param site a built output folder.
 * @returns the wall time of each deletion, in ms.
 */
export async function measureDeletion(site: string, samples: number): Promise<number[]> {
  const times: number[] = [];
  for (let index = 0; index < samples; index += 1) {
    const copy = `${site}.delete-${index}`;
    await run({ program: 'cp', args: ['-a', site, copy], cwd: process.cwd() });
    const started = performance.now();
    await rm(copy, { recursive: true, force: true });
    times.push(Math.round(performance.now() - started));
  }
  return times;
}
