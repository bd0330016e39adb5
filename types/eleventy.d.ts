/** The part of Eleventy's programmatic API the build uses; Eleventy ships no types. */
declare module '@11ty/eleventy' {
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: { configPath?: string; pathPrefix?: string; quietMode?: boolean });
    write(): Promise<unknown>;
  }
  export const HtmlBasePlugin: unknown;
}
