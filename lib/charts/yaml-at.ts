import type { YamlFile, YamlPath } from '../figures/yaml-file.ts';

/**
 * A view of one part of a parsed YAML file as if it were the whole file, so a schema can check
 * a single field (a table's `chart:`) and still report problems at their line in the file.
 * @param path where the part is, like ['chart'].
 */
export function yamlAt(yaml: YamlFile, path: YamlPath): YamlFile {
  const data = path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined), yaml.data);
  return {
    file: yaml.file,
    data,
    locate: (inner) => yaml.locate([...path, ...inner]),
    locateKey: (inner, name) => yaml.locateKey([...path, ...inner], name),
  };
}
