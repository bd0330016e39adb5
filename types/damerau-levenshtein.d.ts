/** damerau-levenshtein ships no types: the distance between two strings, with swaps as one step. */
declare module 'damerau-levenshtein' {
  /** @returns steps: the edit distance; relative: steps / longer length; similarity: 1 - relative. */
  export default function damerauLevenshtein(a: string, b: string, limit?: number): { steps: number; relative: number; similarity: number };
}
