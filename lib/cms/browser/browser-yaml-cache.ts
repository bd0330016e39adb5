/**
 * The editing screens' stand-in for lib/figures/parsed-yaml-cache.ts: no cache, so every text is
 * parsed. scripts/cms-bundle.ts swaps it in.
 */
export function cachedYamlData(_text: string): { data: unknown } | undefined {
  return undefined;
}

export function keepYamlData(_text: string, _data: unknown): void {}
