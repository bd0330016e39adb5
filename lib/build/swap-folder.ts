import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';

/**
 * Replaces `target` with the finished build in `fresh`, so readers and servers never see a
 * half-written site: the old folder is moved aside, the new one renamed in, then the old removed.
 */
export async function swapFolder(fresh: string, target: string): Promise<void> {
  const old = `${target}.old-${process.pid}`;
  const hadTarget = existsSync(target);
  if (hadTarget) await rename(target, old);
  await rename(fresh, target);
  if (hadTarget) await rm(old, { recursive: true, force: true });
}
