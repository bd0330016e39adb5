/** The part of Eleventy's programmatic API the build uses; Eleventy ships no types. */
declare module '@11ty/eleventy' {
  export default class Eleventy {
    constructor(
      input?: string,
      output?: string,
      options?: { configPath?: string; pathPrefix?: string; quietMode?: boolean; runMode?: 'build' | 'watch' | 'serve'; source?: string },
    );
    errorHandler: { error: (error: unknown, message?: string) => void; fatal: (error: unknown, message?: string) => void };
    init(): Promise<void>;
    write(): Promise<unknown>;
    watch(): Promise<void>;
    serve(port?: number): Promise<void>;
    stopWatch(): Promise<void>;
    setIncrementalBuild(incremental: boolean): void;
  }
  export const HtmlBasePlugin: unknown;
}
