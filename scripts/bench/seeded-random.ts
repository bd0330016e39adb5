/** A repeatable source of randomness, so every benchmark run builds the same report. */
export interface SeededRandom {
  /** A number in [0, 1). */
  next(): number;
  /** A whole number in [0, count). */
  below(count: number): number;
  /** One item of a non-empty list. */
  pick<T>(items: readonly T[]): T;
}

/**
 * Makes a seeded generator (mulberry32: tiny, fast and good enough for filler text).
 * @param seed any 32-bit integer; the same seed gives the same sequence.
 */
export function seededRandom(seed: number): SeededRandom {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const below = (count: number): number => Math.floor(next() * count);
  return { next, below, pick: (items) => items[below(items.length)] as (typeof items)[number] };
}
