import type { ProfileEntry, ProfileSummary } from './summarise-profile.ts';

/**
 * The profile summary as plain text for the terminal: three ranked lists.
 * @param top how many entries of each list to show.
 */
export function profileText(summary: ProfileSummary, top = 10): string {
  const list = (title: string, entries: ProfileEntry[]): string[] => [
    title,
    ...entries.slice(0, top).map((entry) => `  ${String(entry.ms).padStart(6)} ms ${entry.percent.toFixed(1).padStart(5)}%  ${entry.name}`),
  ];
  return [
    `Main thread: ${Math.round(summary.totalMs)} ms sampled.`,
    ...list('Self time by function:', summary.topFunctions),
    ...list('Self time by module:', summary.topModules),
    ...list('Project code, total time (including what it calls):', summary.topProjectTotals),
  ].join('\n');
}
