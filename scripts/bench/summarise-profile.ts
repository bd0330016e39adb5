/**
 * `tsx scripts/bench/summarise-profile.ts <file.cpuprofile>`: where a V8 CPU profile spent its
 * time, by function (self time), by module (self time) and by project function (total time).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from './project-folder.ts';
import { sourceFile } from './source-file.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Time spent somewhere, in ms and as a share of the profile. */
export interface ProfileEntry {
  name: string;
  ms: number;
  percent: number;
}

/** The profile's total and its top entries. */
export interface ProfileSummary {
  totalMs: number;
  topFunctions: ProfileEntry[];
  topModules: ProfileEntry[];
  /** Project code (lib/, .eleventy.ts, scripts/) by time including what it calls. */
  topProjectTotals: ProfileEntry[];
}

/**
 * Reads a .cpuprofile and ranks where its time went.
 * @param top how many entries each list keeps.
 */
export async function summariseProfile(file: string, top = 15): Promise<ProfileSummary> {
  const profile = JSON.parse(await readFile(file, 'utf8')) as CpuProfile;
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const self = new Map<string, number>();
  const modules = new Map<string, number>();
  const totals = new Map<string, number>();
  let totalUs = 0;
  profile.samples.forEach((id, index) => {
    const micros = profile.timeDeltas[index] ?? 0;
    const node = nodes.get(id);
    if (!node) return;
    totalUs += micros;
    add(self, functionName(node), micros);
    add(modules, moduleName(frameFile(node), node.callFrame.functionName), micros);
    for (const name of projectStack(id, nodes, parents)) add(totals, name, micros);
  });
  const rank = (map: Map<string, number>): ProfileEntry[] => ranked(map, totalUs, top);
  return { totalMs: totalUs / 1000, topFunctions: rank(self), topModules: rank(modules), topProjectTotals: rank(totals) };
}

/** The distinct project functions on a sample's stack, so recursion is counted once. */
function projectStack(id: number, nodes: Map<number, ProfileNode>, parents: Map<number, number>): Set<string> {
  const names = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parents.get(at)) {
    const node = nodes.get(at);
    if (node && isProjectFile(frameFile(node))) names.add(functionName(node));
  }
  return names;
}

function functionName(node: ProfileNode): string {
  const { functionName: name, lineNumber } = node.callFrame;
  const file = frameFile(node);
  if (!file) return name || '(anonymous)';
  // tsx and the compiled bundle do not keep TypeScript line numbers, so project lines would mislead.
  const line = isProjectFile(file) ? '' : `:${lineNumber + 1}`;
  return `${name || '(anonymous)'} ${shortPath(file)}${line}`;
}

/** The file a frame's code came from: its TypeScript source when it ran from the compiled bundle. */
function frameFile(node: ProfileNode): string {
  let file = files.get(node);
  if (file === undefined) {
    const { url, lineNumber, columnNumber } = node.callFrame;
    file = sourceFile(url, lineNumber, columnNumber) ?? url.replace(/^file:\/\//, '');
    files.set(node, file);
  }
  return file;
}

// Looked up once a node: a profile has thousands of samples per node.
const files = new WeakMap<ProfileNode, string>();

/** Groups by npm package, project file or Node internals; V8's own entries keep their name. */
export function moduleName(file: string, functionName: string): string {
  if (!file) return functionName || '(native)';
  if (file.startsWith('node:')) return 'node: internals';
  const packages = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
  if (packages) return packages[1] ?? file;
  return shortPath(file);
}

function isProjectFile(file: string): boolean {
  return file.startsWith(PROJECT_ROOT) && !file.includes('/node_modules/');
}

function shortPath(file: string): string {
  const clean = file.replace(/\?.*$/, '');
  return clean.startsWith(PROJECT_ROOT) ? path.relative(PROJECT_ROOT, clean) : clean.replace(/.*\/node_modules\//, '');
}

function add(map: Map<string, number>, key: string, micros: number): void {
  map.set(key, (map.get(key) ?? 0) + micros);
}

function ranked(map: Map<string, number>, totalUs: number, top: number): ProfileEntry[] {
  return [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, micros]) => ({ name, ms: Math.round(micros / 1000), percent: Math.round((1000 * micros) / totalUs) / 10 }));
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(PROJECT_ROOT, 'scripts/bench/summarise-profile.ts')) {
  const [file] = process.argv.slice(2);
  if (!file) throw new Error('Usage: tsx scripts/bench/summarise-profile.ts <file.cpuprofile>');
  console.log(JSON.stringify(await summariseProfile(file), null, 2));
}
