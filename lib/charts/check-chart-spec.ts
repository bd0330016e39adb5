import type { Problem } from '../errors.ts';
import { isKnownValid, markValid, specHash } from './chart-cache.ts';
import type { Chart } from './chart-model.ts';
import { specProblems } from './spec-problems.ts';
import { validateSpec } from './validate-spec.ts';

/**
 * Checks a hand-written chart spec against the Vega-Lite JSON schema, unless this exact spec
 * (with these vega versions) passed before: compiling the schema takes over half a second, so
 * an unchanged report is not made to wait for it.
 * Specs the project builds itself (bar-spec.ts) are not checked here: what editors can change
 * in them is data, and tests/unit/charts-spec.test.ts checks random data against the schema.
 * @param root the project root, where the cache is.
 * @returns the problem, at the line of the YAML it comes from; empty when the spec is valid.
 */
export function checkChartSpec(chart: Chart, root: string): Problem[] {
  if (!chart.specYaml) return [];
  const hash = specHash(chart.spec);
  if (isKnownValid(root, hash)) return [];
  const problems = specProblems(validateSpec(chart.spec), chart);
  if (problems.length === 0) markValid(root, hash);
  return problems;
}
