import type { IncomingMessage, ServerResponse } from 'node:http';
import { failureMiddleware, type BuildOutcome } from './failure-middleware.ts';
import { allowLiveReloadScript } from './live-reload-policy.ts';
import type { RebuildScope } from './rebuild-scope.ts';

/** The part of Eleventy's config API the preview uses (Eleventy ships no types). */
export interface PreviewConfigApi {
  on(event: string, callback: (...args: any[]) => unknown): void;
  setServerOptions(options: object): void;
}

/** What the preview shares between Eleventy's config, its error handler and its server. */
export interface PreviewHooks {
  outcome: BuildOutcome;
  scope: RebuildScope;
  /** Whether every rebuild is a full one (`npm start -- --full`). */
  full: boolean;
  /** Switches Eleventy between rebuilding the saved page only and rebuilding every page. */
  setIncremental(incremental: boolean): void;
  /** Called with the address the server really listens at (the port asked for may be taken). */
  listening(url: string): void;
}

type Middleware = (request: IncomingMessage, response: ServerResponse, next: () => void) => void;

/**
 * Returns the `config` callback for the preview's Eleventy: the error page middleware, the
 * choice of incremental or full rebuild, and the real address. Eleventy runs it again when a
 * code file changes; the server options are the same objects each time, or it would restart
 * its server (it compares them).
 */
export function previewConfig(hooks: PreviewHooks): (config: PreviewConfigApi) => void {
  const middleware: Middleware[] = [failureMiddleware(hooks.outcome), allowLiveReloadScript];
  const messageOnStart = ({ localhostUrl }: { localhostUrl: string }): false => {
    hooks.listening(localhostUrl);
    return false;
  };
  return (config) => {
    config.setServerOptions({ middleware, messageOnStart });
    config.on('eleventy.beforeWatch', (queue: string[]) => hooks.setIncremental(!hooks.full && !hooks.scope.needsFullBuild(queue)));
    config.on('eleventy.after', () => {
      hooks.outcome.mended = hooks.outcome.failure !== undefined;
      hooks.outcome.failure = undefined;
      hooks.scope.built();
    });
  };
}
