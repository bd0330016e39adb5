import { cmsConfig } from './cms-config.ts';
import { PUBLISHED_BACKEND, localBackendUrl } from './cms-settings.ts';
import { configYaml } from './config-yaml.ts';
import { readCmsInputs } from './read-cms-inputs.ts';

/** Where the generated configuration is committed, relative to the project root. */
export const CONFIG_FILE = 'admin/config.yml';

/**
 * What admin/config.yml should hold for the project at `root` as it is now.
 * @param port the local decap-server's port; tests pass their own.
 */
export function currentConfigYaml(root: string, port?: number): string {
  return configYaml(cmsConfig(readCmsInputs(root), { backend: PUBLISHED_BACKEND, localBackendUrl: localBackendUrl(port) }));
}
