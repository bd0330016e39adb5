/** The part of Eleventy's config that times its own work. */
interface BenchmarkedConfig {
  benchmarkManager?: { get(group: string): { setIsVerbose?(verbose: boolean): void } };
}

/**
 * Keeps Eleventy's "[11ty] Benchmark 517ms 37% 3× (Configuration) ..." lines out of the
 * terminal: printed in yellow when a shortcode takes a large share of a short build, they read
 * like warnings when nothing is wrong. Eleventy's quiet mode misses them, as the group is made
 * before it applies. `DEBUG=Eleventy:Benchmark` still shows them.
 */
export function quietBenchmarks(eleventyConfig: object): void {
  const { benchmarkManager } = eleventyConfig as BenchmarkedConfig;
  for (const group of ['Configuration', 'Data', 'Watcher']) benchmarkManager?.get(group).setIsVerbose?.(false);
}
