import path from 'node:path';
import { messages } from '../messages.ts';

/** The errors of a disk that cannot take the site, in words an editor knows. */
const DISK_ERRORS: Record<string, (folder: string) => string> = {
  ENOSPC: messages.diskFull,
  EDQUOT: messages.diskQuota,
  EROFS: messages.diskReadOnly,
  EACCES: messages.notAllowedToWrite,
  EPERM: messages.notAllowedToWrite,
};

/**
 * The disk's refusal inside a failure, in plain words naming the folder it could not write
 * (Eleventy wraps fs errors in its own, as `originalError` or `cause`).
 * @returns the message, or undefined when the failure is not the disk's.
 */
export function diskProblem(error: unknown): string | undefined {
  const seen = new Set<unknown>();
  for (let current = error; current && typeof current === 'object' && !seen.has(current); ) {
    seen.add(current);
    const { code, path: file } = current as NodeJS.ErrnoException;
    const message = code ? DISK_ERRORS[code] : undefined;
    if (message) return message(shownFolder(file));
    current = (current as { originalError?: unknown }).originalError ?? (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** Whether a failure is the disk's: then the half-written build is removed, to give the space back. */
export function isDiskProblem(error: unknown): boolean {
  return diskProblem(error) !== undefined;
}

/** The folder of the file that could not be written, relative to the project, as `folder/`. */
function shownFolder(file: string | undefined): string {
  if (!file) return 'the site';
  const relative = path.relative(process.cwd(), path.dirname(file)) || '.';
  return `${relative.split(path.sep).join('/')}/`;
}
