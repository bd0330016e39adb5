import { cmsConfig } from './cms-config.ts';
import { publishedBackend, localBackendUrl } from './cms-settings.ts';
import type { DecapBackend } from './decap-types.ts';
import { configYaml } from './config-yaml.ts';
import { readCmsInputs } from './read-cms-inputs.ts';

/** Where the generated configuration is committed, relative to the project root. */
export const CONFIG_FILE = 'admin/config.yml';

/**
 * What admin/config.yml should hold for the project at `root` as it is now.
 * @param port the local decap-server's port; tests pass their own.
 * @param backend where the published editing screens save; the committed file names a placeholder.
 */
export function currentConfigYaml(root: string, port?: number, backend: DecapBackend = publishedBackend()): string {
  return configYaml(cmsConfig(readCmsInputs(root), { backend, localBackendUrl: localBackendUrl(port) }));
}
