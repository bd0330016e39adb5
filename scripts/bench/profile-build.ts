import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { CaseResult } from './case-result.ts';
import { clearCache } from './clear-cache.ts';
import { summariseProfile, type ProfileSummary } from './summarise-profile.ts';
import { profiledBuild } from './commands.ts';
import { run } from './time-process.ts';

/** A profiled build: what was built, the summary and where the .cpuprofile is. */
export interface BuildProfile extends ProfileSummary {
  sections: number;
  cache: CaseResult['cache'];
  file: string;
}

/**
 * Builds a project once under `node --cpu-prof`, as `npm run build` runs it (see profiledBuild),
 * and summarises the main thread's profile.
 * @param projectDir a project folder built before, so the swap deletes an old site as usual.
 * @param cache what the build starts from (see CacheState): cold draws every chart.
 */
export async function profileBuild(projectDir: string, sections: number, cache: CaseResult['cache'], profileDir: string): Promise<BuildProfile> {
  await clearCache(projectDir, cache);
  await mkdir(profileDir, { recursive: true });
  await run(profiledBuild(projectDir, profileDir));
  // One profile a thread (CPU.<date>.<time>.<pid>.<thread>.<n>): thread 0 is the build, any others tsx's loader.
  const [name] = (await readdir(profileDir)).filter((file) => /\.\d+\.0\.\d+\.cpuprofile$/.test(file));
  if (!name) throw new Error(`node --cpu-prof wrote no main-thread profile into ${profileDir}`);
  const file = path.join(profileDir, name);
  return { ...(await summariseProfile(file)), sections, cache, file };
}
