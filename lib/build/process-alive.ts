/**
 * Whether a process is still running, so a build removes only what dead builds left behind.
 * Signal 0 checks without signalling; EPERM means it runs under another user.
 */
export function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
