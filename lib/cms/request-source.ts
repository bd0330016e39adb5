/**
 * Who may talk to the editing server: only the editing screens, served by the preview on this
 * computer. A web page on another local port, or a remote page whose host name is made to
 * point at 127.0.0.1 (DNS rebinding), must not be able to save files through it.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { refusals } from './refusals.ts';

/** The origins of the editing screens when the preview serves them on `port`. */
export function editorOrigins(port: number): string[] {
  return [`http://localhost:${port}`, `http://127.0.0.1:${port}`];
}

/**
 * Checks a request's Host (the name it was addressed to: a rebound name is not ours) and its
 * Origin (the page that sent it). Browsers send Origin with every POST, so a request without one
 * comes from a program on this computer, which could change the files directly anyway.
 * @param port the port the editing server listens on.
 * @param origins the editing screens' origins (editorOrigins).
 * @returns the message refusing the request, or undefined if it may go ahead.
 */
export function checkSource(headers: IncomingHttpHeaders, port: number, origins: readonly string[]): string | undefined {
  const hosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  const host = headers.host ?? '';
  if (!hosts.includes(host)) return refusals.wrongHost(host, hosts);
  const origin = headers.origin;
  if (origin !== undefined && !origins.includes(origin)) return refusals.wrongOrigin(origin, origins);
  return undefined;
}
