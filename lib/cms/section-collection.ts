/**
 * The editing screen for one publication: a Decap folder collection listing its sections
 * (the Markdown files in content/<publication>/), with the front matter the build checks.
 */
import { pageSchema } from '../content/page-schema.ts';
import type { DecapCollection, DecapField } from './decap-types.ts';
import { labelOfId } from './field-labels.ts';
import { objectFields, type FieldContext } from './schema-field.ts';

/** A publication: a folder under content/ whose index.md says `publication: true`. */
export interface PublicationInput {
  /** The folder name, like tri-borough-story. */
  slug: string;
  /** The landing page's source id: the default for new sections. */
  source: string;
}

/** Front-matter fields editors never set: kept as they are, never shown. */
const KEPT_FIELDS: ReadonlySet<string> = new Set(['publication', 'layout']);

/** The Markdown editor: headings, emphasis, links and lists; no images, code or HTML. */
export const BODY_FIELD: DecapField = {
  name: 'body',
  label: 'Text',
  widget: 'markdown',
  hint: 'Cite numbers from the figure tables, like {% figure "savings.total" %}: never type a number a table holds.',
  modes: ['rich_text', 'raw'],
  buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'bulleted-list', 'numbered-list', 'quote'],
  editor_components: [],
};

/**
 * The folder collection of one publication's sections, in reading order.
 * @example sectionCollection({ slug: 'tri-borough-story', source: 'tri-borough-story-2013' }, { sources })
 */
export function sectionCollection(publication: PublicationInput, context: FieldContext): DecapCollection {
  return {
    name: publication.slug,
    label: labelOfId(publication.slug),
    label_singular: 'section',
    description: `The pages of this publication (content/${publication.slug}/), in reading order. Place 0 is its landing page.`,
    folder: `content/${publication.slug}`,
    extension: 'md',
    format: 'frontmatter',
    create: true,
    // Removing a section breaks links to it and may leave figures uncited: a change for a developer.
    delete: false,
    slug: '{{slug}}',
    summary: '{{order}}. {{title}}',
    sortable_fields: [{ field: 'order', default_sort: 'asc' }, 'title'],
    fields: [...pageFields(publication, context), BODY_FIELD],
  };
}

function pageFields(publication: PublicationInput, context: FieldContext): DecapField[] {
  return objectFields(pageSchema, context).map((field) => {
    if (KEPT_FIELDS.has(field.name)) return { name: field.name, label: field.label, widget: 'hidden', required: false };
    if (field.name === 'source') return { ...field, default: publication.source };
    return field;
  });
}
