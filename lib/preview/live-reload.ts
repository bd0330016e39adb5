import type { BuildOutcome } from './failure-middleware.ts';

/** A live-reload message, as Eleventy sends it to the open pages. */
export interface ReloadEvent {
  files?: string[];
  subtype?: string;
  build?: { templates?: unknown[]; stylesheets?: string[] };
}

/** The part of Eleventy's server wrapper (EleventyServe) that tells open pages to reload. */
export interface LiveReloadServer {
  reload(event?: ReloadEvent): Promise<void>;
  sendError(event: { error: unknown }): Promise<void>;
}

/**
 * Makes open pages follow the build: a failed build reloads them, so they show the error
 * page; the good build that mends it reloads them whole (Eleventy would otherwise patch the new
 * HTML into the error page, which it does not know is there).
 */
export function reloadPagesOnFailure(server: LiveReloadServer, outcome: BuildOutcome): void {
  const reload = server.reload.bind(server);
  const sendError = server.sendError.bind(server);
  server.reload = async (event = {}) => {
    if (!outcome.mended) return reload(event);
    outcome.mended = false;
    return reload({ ...event, subtype: undefined, build: { ...event.build, templates: [] } });
  };
  server.sendError = async (event) => {
    await sendError(event);
    await reload({ files: [] });
  };
}
