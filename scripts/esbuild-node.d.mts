import type { BuildOptions } from 'esbuild';

/** The settings of scripts/esbuild-node.mjs. */
export declare const NODE_BUNDLE: BuildOptions;
