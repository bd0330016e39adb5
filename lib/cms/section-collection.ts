/**
 * The editing screen for one publication: a Decap folder collection listing its sections
 * (the Markdown files in content/<publication>/), with the front matter the build checks.
 */
import { pageSchema } from '../content/page-schema.ts';
import type { DecapCollection, DecapField } from './decap-types.ts';
import { objectFields, type FieldContext } from './schema-field.ts';

/** A publication: a folder under content/ whose index.md says `publication: true`. */
export interface PublicationInput {
  /** The folder name, like tri-borough-story. */
  slug: string;
  /** The landing page's title: the publication's name in the menus. */
  title: string;
  /** The first free place after its sections: a new section's default `order`. */
  nextOrder: number;
  /** The landing page's source id: the default for new sections. */
  source: string;
}

/** The widget of a section's place: Decap's number box, with the number readers will see (admin/place-widget.js). */
export const PLACE_WIDGET = 'report-place';

/** Front-matter fields editors never set: kept as they are, never shown. */
const KEPT_FIELDS: ReadonlySet<string> = new Set(['publication', 'layout']);

/**
 * The Markdown editor: headings, emphasis, links and lists; no images, code or HTML. It opens
 * as Markdown (what is typed is saved as typed: "## Heading" is a heading); Rich Text, the
 * second mode, offers buttons and the Figure, Table and Chart inserts (admin/editor-components.js).
 */
export const BODY_FIELD: DecapField = {
  name: 'body',
  label: 'Text',
  widget: 'markdown',
  hint: 'Written in Markdown: "## " starts a heading, "- " a list item, **bold**. Cite numbers from the figure tables, like {% figure "savings.total" %}: never type a number a table holds. The preview on the right shows each figure as the site will.',
  modes: ['raw', 'rich_text'],
  buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'bulleted-list', 'numbered-list', 'quote'],
  editor_components: ['figure', 'figureTable', 'chart'],
};

/**
 * The folder collection of one publication's sections, in reading order.
 * @example sectionCollection({ slug: 'tri-borough-story', source: 'tri-borough-story-2013' }, { sources })
 */
export function sectionCollection(publication: PublicationInput, context: FieldContext): DecapCollection {
  return {
    name: publication.slug,
    label: publication.title,
    label_singular: 'section',
    description: `The pages of this publication (content/${publication.slug}/), in reading order: the landing page first (place 0), numbered 1 in the site's contents.`,
    folder: `content/${publication.slug}`,
    extension: 'md',
    format: 'frontmatter',
    create: true,
    // Removing a section breaks links to it and may leave figures uncited: a change for a developer.
    delete: false,
    slug: '{{slug}}',
    // The site numbers the contents from 1 (the landing page, place 0): the list is in that order, unnumbered.
    summary: '{{title}}',
    sortable_fields: [{ field: 'order', default_sort: 'asc' }, 'title'],
    fields: [...pageFields(publication, context), BODY_FIELD],
  };
}

function pageFields(publication: PublicationInput, context: FieldContext): DecapField[] {
  return objectFields(pageSchema, context).map((field) => {
    if (KEPT_FIELDS.has(field.name)) return { name: field.name, label: field.label, widget: 'hidden', required: false };
    if (field.name === 'source') return { ...field, default: publication.source };
    // The site's contents number the pages from 1, the landing page first: the box shows that number under it (admin/place-widget.js).
    if (field.name === 'order') return { ...field, widget: PLACE_WIDGET, default: publication.nextOrder, hint: `${field.hint ?? ''} The number the site's contents give the section shows under the box.`.trim() };
    // A date widget writing the date only, as the build wants it (2017-08-10); a new section starts at today.
    if (field.name === 'updated') return { ...field, widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false, default: '{{now}}', pattern: undefined };
    return field;
  });
}
