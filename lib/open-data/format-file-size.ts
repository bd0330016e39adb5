/**
 * Formats a file's size for a download link, as GOV.UK does: bytes under 1 KB, then KB.
 * @example formatFileSize(612) // "612 bytes"
 * @example formatFileSize(1536) // "1.5 KB"
 */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte${bytes === 1 ? '' : 's'}`;
  const kilobytes = bytes / 1024;
  if (kilobytes < 10) return `${Math.round(kilobytes * 10) / 10} KB`;
  if (kilobytes < 1024) return `${Math.round(kilobytes)} KB`;
  return `${Math.round((kilobytes / 1024) * 10) / 10} MB`;
}
