/**
 * Decap CMS's configuration, built from our schemas and the report's actual publications and
 * figure tables: the source of admin/config.yml.
 */
import { defaultFigurePaths } from '../figures/load-figures.ts';
import { IMAGES_FOLDER } from '../site/images-folder.ts';
import type { DecapBackend, DecapCollection, DecapConfig } from './decap-types.ts';
import type { FieldContext, SourceOption } from './schema-field.ts';
import { sectionCollection, type PublicationInput } from './section-collection.ts';
import { tableFile, type TableInput } from './table-file.ts';

/** What the configuration is built from: read by readCmsInputs. */
export interface CmsInputs {
  publications: readonly PublicationInput[];
  tables: readonly TableInput[];
  sources: readonly SourceOption[];
}

/** Where the CMS saves: the published backend, and the local decap-server's address. */
export interface CmsTargets {
  backend: DecapBackend;
  localBackendUrl: string;
}

/**
 * The whole Decap configuration: one collection a publication, then one of figure tables.
 * @example configYaml(cmsConfig(readCmsInputs(process.cwd()), { backend: publishedBackend(), localBackendUrl: localBackendUrl() }))
 */
export function cmsConfig(inputs: CmsInputs, targets: CmsTargets): DecapConfig {
  const context: FieldContext = { sources: inputs.sources };
  return {
    backend: targets.backend,
    publish_mode: 'editorial_workflow',
    local_backend: { url: targets.localBackendUrl },
    locale: 'en',
    // A new section's file name becomes its address: lower-case ASCII words joined by hyphens,
    // as the build requires ("Café news" is cafe-news.md, not café-news.md).
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    // Decap requires a media folder; the Markdown editor offers no image button. Decap's own media
    // library has no setting for the types it takes: the build refuses any file there but the
    // images in IMAGE_TYPES (lib/site/images-folder.ts), the list the local server's uploads follow too.
    media_folder: IMAGES_FOLDER,
    public_folder: `/${IMAGES_FOLDER}`,
    collections: [
      ...inputs.publications.map((publication) => sectionCollection(publication, context)),
      figuresCollection(inputs.tables, context),
      newTableCollection(context),
    ],
  };
}

function figuresCollection(tables: readonly TableInput[], context: FieldContext): DecapCollection {
  return {
    name: 'figures',
    label: 'Figure tables',
    label_singular: 'figure table',
    description: 'The numbers the report cites. The build adds up each table and checks it against its stated total.',
    files: tables.map((table) => tableFile(table, context)),
    editor: { preview: false },
  };
}

/** The collection that starts a new figure table (Decap can add files only to a folder collection). */
export const NEW_TABLE_COLLECTION = 'new-figure-table';

/**
 * Where a new figure table starts: a folder collection over the tables' folder that lists none
 * of them (no table has an empty title; each is edited under Figure tables), so it offers only
 * "New figure table". The file is named after the title, as the build wants (staff-numbers.yaml);
 * its screen is a table's with a unit for the whole table (required), one value a row and no
 * stated total.
 */
function newTableCollection(context: FieldContext): DecapCollection {
  const blank = tableFile({ id: 'new-table', file: '', data: { unit: '£m' } }, context);
  return {
    name: NEW_TABLE_COLLECTION,
    label: 'New figure table',
    label_singular: 'figure table',
    description: 'Start a figure table here. Once saved, it is in _data/figures/ and listed under Figure tables the next time the editing screens start.',
    folder: defaultFigurePaths.tablesDir,
    extension: 'yaml',
    format: 'yaml',
    create: true,
    delete: false,
    slug: '{{slug}}',
    filter: { field: 'title', value: '' },
    // Its rows have no unit of their own: the table's is required.
    fields: blank.fields.map((field) => (field.name === 'unit' ? { ...field, required: true } : field)),
    editor: { preview: false },
  };
}
