/** The part of Eleventy's programmatic API the build uses; Eleventy ships no types. */
declare module '@11ty/eleventy' {
  export default class Eleventy {
    constructor(
      input?: string,
      output?: string,
      options?: { configPath?: string; pathPrefix?: string; quietMode?: boolean; runMode?: 'build' | 'watch' | 'serve'; source?: string; config?: (eleventyConfig: any) => void },
    );
    errorHandler: { error: (error: unknown, message?: string) => void; fatal: (error: unknown, message?: string) => void };
    init(): Promise<void>;
    write(): Promise<unknown>;
    /** @returns the function the watcher calls with each saved file, to rebuild. */
    watch(): Promise<(file: string) => Promise<void>>;
    /** The project's input files; getFiles() lists them, as a build does first. */
    eleventyFiles: { getFiles(): Promise<string[]> };
    /** The file watcher (chokidar), there after watch(). */
    watcher: { on(event: 'unlink', listener: (file: string) => void): void };
    serve(port?: number): Promise<void>;
    stopWatch(): Promise<void>;
    setIncrementalBuild(incremental: boolean): void;
    /** The dev server's wrapper, there after init(): `npm start` hooks its live reload. */
    eleventyServe: import('../lib/preview/live-reload.ts').LiveReloadServer;
  }
  export const HtmlBasePlugin: unknown;
}
