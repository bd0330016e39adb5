import type { BenchResults } from './bench-results.ts';
import { lighthouseMarkdown } from './lighthouse-performance.ts';
import { resultsTable } from './results-table.ts';

/**
 * The results as Markdown for the README: the table, then what it means in a few lines.
 * @returns the text of bench/results/latest.md.
 */
export function resultsMarkdown(results: BenchResults): string {
  const { machine } = results;
  const runs = results.cases.find((result) => result.project)?.project?.runs ?? 0;
  const lines = [
    `Measured ${results.startedAt.slice(0, 10)} with \`npm run bench${results.quick ? ' -- --quick' : ''}\` at ${results.code.commit.slice(0, 7)}${results.code.changedFiles > 0 ? ` plus ${results.code.changedFiles} uncommitted files` : ''}: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GB, Node ${machine.node}.`,
    `Wall time of whole processes, median of ${runs} runs after one warm-up; "bare" is Eleventy 3 with no config on the same Markdown, shortcodes replaced by text, writing over its previous output as the project writes over the site before last.`,
    'Fresh clone: no .cache/ (the tasks are compiled, then every chart is drawn). Cold: the tasks compiled, as after the first build following a code change, but no chart drawn. Rebuild: nothing changed.',
    '',
    resultsTable(results.cases),
    '',
    ...notes(results).map((note) => `- ${note}`),
    ...lighthouseLines(results),
  ];
  return `${lines.join('\n')}\n`;
}

function notes(results: BenchResults): string[] {
  const notes = results.scaling.map(
    (step) =>
      `${step.cache === 'cold' ? 'Cold' : 'Rebuild'}, from ${step.fromSections} to ${step.toSections} sections: each extra section adds ${step.msPerExtraSection.toFixed(1)} ms wall, ${step.cpuMsPerExtraSection.toFixed(1)} ms CPU (bare Eleventy: ${step.bareMsPerExtraSection.toFixed(1)} ms wall, ${step.bareCpuMsPerExtraSection.toFixed(1)} ms CPU).`,
  );
  const incremental = results.incremental;
  if (incremental && 'medianMs' in incremental) {
    notes.push(`\`npm start\` (incremental), one section edited to its page rewritten on disk: median ${Math.round(incremental.medianMs)} ms (${Math.round(incremental.minMs)}–${Math.round(incremental.maxMs)}, ${incremental.edits} edits).`);
    const { structural } = incremental;
    if (structural) notes.push(`\`npm start\`, a section added to every other page of its publication listing it (every page rebuilt): median ${Math.round(structural.medianMs)} ms (${Math.round(structural.minMs)}–${Math.round(structural.maxMs)}, ${structural.changes} sections added).`);
  }
  notes.push(loadNote(results));
  const ratios = results.cases.filter((result) => result.cpuRatio !== undefined).map((result) => `${result.name} ${result.cpuRatio?.toFixed(1)}×`);
  if (ratios.length > 0) notes.push(`Project / bare by CPU time: ${ratios.join('; ')}.`);
  notes.push(results.machine.peakMemoryMeasured ? 'Peak MB: the largest process’s maximum resident set, from GNU time.' : 'Peak MB not measured: /usr/bin/time is missing.');
  return notes;
}

/** The load says whether other work on the machine disturbed the wall times. */
function loadNote(results: BenchResults): string {
  const loads = results.cases.flatMap((result) => result.project?.loadAverage ?? []);
  const range = loads.length > 0 ? `${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}` : '–';
  const busy = Math.max(...loads) > results.machine.cpus ? ': other work was competing, so compare CPU ms rather than wall times' : '';
  return `1-minute load average during the runs: ${range} on ${results.machine.cpus} CPUs${busy}. CPU ms is the median user + system time of the build's processes.`;
}

/** Lighthouse's performance scores, or why they are missing. */
function lighthouseLines(results: BenchResults): string[] {
  if (!results.lighthouse) return [];
  if ('error' in results.lighthouse) return ['', `Lighthouse performance: not measured (${results.lighthouse.error}).`];
  return ['', ...lighthouseMarkdown(results.lighthouse)];
}
