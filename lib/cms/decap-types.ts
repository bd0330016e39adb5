/**
 * The parts of Decap CMS's configuration (admin/config.yml) this project generates.
 * Field names follow Decap's own snake_case keys, so the objects serialise as they are.
 */

/** A select option: what the editor sees and what is saved. */
export interface DecapOption {
  label: string;
  value: string;
}

/** One editing control. `widget` names a Decap widget, or our own `figure-value`. */
export interface DecapField {
  name: string;
  label: string;
  /** For lists: what one item is called, as in "Add row". */
  label_singular?: string;
  widget: string;
  required?: boolean;
  hint?: string;
  /** A regular expression the value must match, and the message shown when it does not. */
  pattern?: [string, string];
  value_type?: 'int' | 'float';
  /** The least value of a number, or the fewest items of a list. */
  min?: number;
  default?: unknown;
  /** The datetime widget's saved format (moment.js), its date picker's, and false for no time. */
  format?: string;
  date_format?: string;
  time_format?: boolean;
  options?: DecapOption[];
  fields?: DecapField[];
  /** For lists: show every item open, so nothing is hidden from the editor. */
  collapsed?: boolean;
  summary?: string;
  add_to_top?: boolean;
  /** A YAML comment Decap writes above this key when it saves the file. */
  comment?: string;
  modes?: string[];
  buttons?: string[];
  editor_components?: string[];
}

/** One entry of a files collection: a single file with its own fields. */
export interface DecapFile {
  name: string;
  label: string;
  file: string;
  fields: DecapField[];
}

/** A folder collection (one file an entry) or a files collection (a fixed list of files). */
export interface DecapCollection {
  name: string;
  label: string;
  label_singular?: string;
  description?: string;
  folder?: string;
  extension?: string;
  format?: string;
  create?: boolean;
  delete?: boolean;
  slug?: string;
  /** The field a new entry's file name is made from, when it is not `title`. */
  identifier_field?: string;
  /** Lists only the entries whose field holds this value. */
  filter?: { field: string; value: string };
  summary?: string;
  sortable_fields?: Array<string | { field: string; default_sort?: boolean | 'asc' | 'desc' }>;
  fields?: DecapField[];
  files?: DecapFile[];
  editor?: { preview: boolean };
}

/** Where Decap reads and writes: the hosted git backend, and the local proxy for `npm run cms`. */
export interface DecapBackend {
  name: string;
  repo?: string;
  branch?: string;
  /** The OAuth service that logs editors in, for a site Netlify does not host. */
  base_url?: string;
}

/** The whole of admin/config.yml. */
export interface DecapConfig {
  backend: DecapBackend;
  publish_mode?: 'editorial_workflow';
  local_backend: { url: string };
  locale?: string;
  /** How file names are made from titles. */
  slug?: { encoding: 'unicode' | 'ascii'; clean_accents: boolean; sanitize_replacement: string };
  media_folder: string;
  public_folder: string;
  collections: DecapCollection[];
}
