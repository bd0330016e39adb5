import damerauLevenshtein from 'damerau-levenshtein';

/**
 * Every message the build shows editors, in one place, in plain English. Each says what is
 * wrong and what to write instead. The file:line:col prefix is added by formatProblem.
 */

/** Shows a value from YAML the way the editor typed it, for "got ..." endings. */
export function shown(value: unknown): string {
  if (typeof value === 'string') return `"${value}"`;
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  return String(value);
}

const yamlSyntaxHints: Record<string, string> = {
  TAB_AS_INDENT: 'a tab is used to indent this line; indent with spaces instead',
  DUPLICATE_KEY: 'this field is written twice in the same place; keep one of them',
  BAD_INDENT: 'this line is not indented to match the lines around it; line it up with spaces',
  MISSING_CHAR: 'a quote or bracket is opened but never closed',
  BLOCK_AS_IMPLICIT_KEY: 'a field name is followed by more than one line; check the colon and indentation',
  MULTILINE_IMPLICIT_KEY: 'a field name runs over more than one line; check for a missing colon',
  UNEXPECTED_TOKEN: 'a character here does not fit YAML; check quotes, colons and dashes',
};

export const messages = {
  yamlSyntax: (code: string, detail: string): string =>
    `the YAML cannot be read: ${yamlSyntaxHints[code] ?? detail.split('\n')[0]}`,
  yamlAlias: (): string =>
    'the YAML uses an alias (*name) that has no matching anchor (&name), or too many aliases: write the value out in full',
  notReadable: (reason: string): string => `the file cannot be read (${reason})`,
  required: (field: string, help: string): string => `"${field}" is missing: add ${field}: ${help}`,
  unknownField: (field: string, suggestion: string | undefined, allowed: readonly string[]): string =>
    suggestion
      ? `unknown field "${field}": did you mean "${suggestion}"?`
      : `unknown field "${field}": the fields allowed here are ${allowed.join(', ')}`,
  writeNumberAs: (meant: number, onlyQuoted: boolean): string =>
    onlyQuoted ? `: write ${meant} without quotes` : `: write ${meant}, with no commas, £ sign or unit (the table or row says the unit)`,
  wrongType: (field: string, expected: string, got: unknown): string =>
    `${field} must be ${expected} — got ${shown(got)}`,
  notInList: (field: string, allowed: readonly string[], got: unknown, suggestion?: string): string =>
    `${field} must be one of ${allowed.map((a) => `"${a}"`).join(', ')} — got ${shown(got)}${suggestion ? `: did you mean "${suggestion}"?` : ''}`,
  negative: (field: string, got: unknown): string =>
    `${field} must not be negative — got ${shown(got)}; write savings and counts as positive numbers`,
  emptyList: (field: string): string => `"${field}" has nothing in it: add at least one entry`,
  tooLong: (field: string, length: number, limit: number): string =>
    `${field} is ${length} characters long: keep it to ${limit} or fewer`,
  emptyText: (field: string): string => `"${field}" is empty: write some text or remove the field`,
  badId: (got: unknown): string =>
    `id must be lower-case words joined by hyphens, like "corporate-services" — got ${shown(got)}`,
  badIdReference: (field: string, description: string, got: unknown): string =>
    `${field} must be ${description}: lower-case words joined by hyphens, like "tri-borough-story-2013" — got ${shown(got)}`,
  badDate: (field: string, got: unknown): string =>
    `${field} must be a date written as "2013", "2013-01" or "2017-08-10" — got ${shown(got)}`,
  rangeBackwards: (min: number, max: number): string =>
    `the range runs backwards (min ${min} is more than max ${max}): put the smaller number in min`,
  valueAndStatements: (): string =>
    'this row has both "value" and "statements": use value for one figure, or statements for several dated ones, not both',
  noValue: (): string => 'this row has no "value": add value: with a number, or statements: with dated values',
  duplicateId: (id: string, firstLine: number | undefined): string =>
    `the id "${id}" is used twice in this table${firstLine ? ` (first on line ${firstLine})` : ''}: give each row its own id`,
  duplicateSourceId: (id: string): string => `the source id "${id}" is listed twice: give each source its own id`,
  noUnit: (): string =>
    'this row has no unit: add unit: (one of £m, £, weeks, families, people, percent, count) to the row or the table',
  unknownSource: (id: string, known: readonly string[]): string =>
    `unknown source "${id}": use one of the ids in _data/sources.yaml (${known.join(', ')}) or add it there`,
  ambiguousStatements: (date: string): string =>
    `two statements of this figure are dated ${date}: a figure cited without a date would be ambiguous; give each statement its own source or date`,
  totalMismatch: (stated: string, computed: string): string =>
    `the stated total ${stated} does not match the sum of the rows, ${computed}: correct the rows or the stated total`,
  totalNeedsOneUnit: (): string => 'a table with a total needs one unit for all its rows: set unit: on the table, not on rows',
  noTables: (folder: string): string => `no figure tables were found in ${folder}: add a .yaml file there`,
  unknownFigure: (id: string, suggestion: string | undefined, known: { table?: string; ids: readonly string[] }): string =>
    suggestion
      ? `unknown figure "${id}": did you mean "${suggestion}"?`
      : known.table
        ? `unknown figure "${id}": the rows of ${known.table} are ${known.ids.join(', ')}: write ${known.table}. and one of them, like ${known.table}.${known.ids[0] ?? 'total'}`
        : `unknown figure "${id}": there is no table of that name; the tables are ${known.ids.join(', ')} (the file names in _data/figures/, then a dot and the row id)`,
  badFigureId: (id: unknown): string =>
    `a figure is cited as ${shown(id)}: write it as "table.row", like {% figure "savings.total" %}`,
  unknownStatement: (id: string, selector: string, dates: readonly string[]): string =>
    `figure "${id}" has no statement for "${selector}": its statements are dated ${dates.join(', ')}`,
  ambiguousSelector: (id: string, selector: string): string =>
    `"${id}@${selector}" matches more than one statement: give the full date or the source id`,
  differsWithoutNote: (label: string): string =>
    `the statements of "${label}" differ, but nothing tells readers why: add to the row differs: { note: one sentence, from the sources, saying why }`,
  unknownDiffersFigure: (id: string, suggestion: string | undefined): string =>
    `differs: with: names "${id}", which is no figure${suggestion ? `: did you mean "${suggestion}"?` : ': write table.row, like net-fiscal-benefits.total'}`,
  unknownTable: (id: string, known: readonly string[]): string =>
    `unknown table "${id}": the tables are ${known.join(', ')}`,
  rawHtml: (snippet: string): string =>
    `raw HTML is not allowed in Markdown (${snippet.trim().slice(0, 40)}): write it in Markdown (headings ##, lists -, links [text](address), emphasis *text*)`,
  retiredField: (field: string, why: string): string => `"${field}" is no longer a setting: ${why}`,
  choosePublication: (title: string, folders: readonly string[], given: string | undefined): string =>
    `${given ? `there is no publication "${given}"` : 'say which publication the section is for'}: add --publication= and one of ${folders.join(', ')}, like npm run new -- section ${JSON.stringify(title)} --publication=${folders[0] ?? 'folder'}`,
  publicationExists: (): string => 'this folder exists already: choose another title, or add sections to it with npm run new -- section "Title" --publication=folder',
  badFileName: (name: string, suggested: string): string =>
    `the file name "${name}" becomes the page's address: rename the file ${suggested} (lower-case words joined by hyphens), so readers can type and share it`,
  badFolderName: (name: string, suggested: string): string =>
    `the folder name "${name}" becomes the publication's address: rename the folder ${suggested} (lower-case words joined by hyphens), so readers can type and share it`,
  noLandingPage: (folder: string): string =>
    `${folder}/ has no landing page, so no link reaches its pages: add ${folder}/index.md with publication: true (copy one from another publication), or move this file into a publication's folder`,
  landingNotMarked: (): string => 'a publication\'s landing page must say publication: true in its front matter, or its sections are left out of the contents',
  placeTaken: (order: number, holder: string, free: number): string =>
    `order ${order} is also the place of ${holder}: give each page of a publication its own place, like ${free}`,
  secondPageTitle: (text: string): string =>
    `"# ${text}" is a second page title: the title comes from the front matter, so headings in the text start at two marks: write ## ${text}`,
  skippedHeadingLevel: (level: number, previous: number, text: string): string =>
    `the heading "${text}" skips a level: after a ${'#'.repeat(previous)} heading, write ${'#'.repeat(previous + 1)} ${text} (screen reader users move through a page by its heading levels)`,
  imageWithoutDescription: (src: string): string =>
    `the image ${src} has no description for people who cannot see it: write one between the square brackets, like ![Bar chart of savings by service area](${src})`,
  imageFromElsewhere: (src: string, folder: string): string =>
    `the image ${src} is on another site, and the report's pages load nothing from elsewhere: save it in ${folder}/ and write /${folder}/ and its file name`,
  missingImage: (src: string, folder: string): string =>
    `the image ${src} is not in ${folder}/: save the file there, and write its address as /${folder}/ and its file name`,
  badRepository: (got: string): string => `--repository must be a GitHub repository written owner/name, like westminster/tri-borough-report — got "${got}"`,
  badAuthUrl: (got: string): string => `--auth-url must be the address of the OAuth service that logs editors in to GitHub, starting https:// — got "${got}"`,
  badSiteUrl: (got: string): string =>
    `--url must be the address the site is published at, starting https:// and not an example address, like https://westminster.github.io/tri-borough-report — got "${got}"`,
  placeholderUrl: (url: string): string =>
    `warning: url is still the example address ${url}: write the address the site is published at (the publish workflow uses the GitHub Pages address until you do)`,
  placeholderEmail: (email: string): string =>
    `warning: the feedback email is still the example ${email}: write the address where readers' feedback should go`,
  glossaryIdTwice: (id: string): string => `the glossary id "${id}" is used twice: give each term its own id`,
  glossaryFormTwice: (form: string, other: string): string =>
    `"${form}" is also a form of the term "${other}": a word on a page must lead to one meaning, so keep it in one term`,
  watchedIsTerm: (word: string): string => `"${word}" is watched, but a term already explains it: remove it from watch:`,
  watchedWordUsed: (word: string): string =>
    `"${word}" is jargon the glossary watches for, and no term explains it: write it in plain words, or add it to _data/glossary.yaml's terms with a definition`,
  termNotExplained: (word: string, term: string): string =>
    `"${word}" is in the glossary (${term}), but this page uses it only in a heading, quotation or link, where its meaning cannot follow: use it in a sentence of the page too`,
  termNeverUsed: (term: string): string =>
    `the glossary defines "${term}", but no page or figure table uses it: remove the term, or add a form pages use (forms: [...])`,
  blockInParagraph: (kind: string, id: string): string =>
    `{% ${kind} "${id}" %} must be on a line of its own, with a blank line before and after it: a ${kind === 'chart' ? 'chart' : 'table'} cannot sit inside a sentence or a paragraph`,
  fileExists: (): string => 'this file exists already: choose another title, or edit the file',
  newUsage: (kind: string | undefined, title: string | undefined): string =>
    `${kind && !['section', 'table', 'publication'].includes(kind) ? `"${kind}" is not something npm run new makes: ` : title === undefined && kind ? `give the new ${kind} a title in quotes: ` : ''}write npm run new -- section "Title" --publication=folder, npm run new -- table "Title" or npm run new -- publication "Title"`,
  brokenLink: (href: string, missing: 'page' | 'heading'): string =>
    missing === 'page'
      ? `the link "${href}" goes to a page that does not exist: check the address (pages are /publication/file-name/)`
      : `the link "${href}" goes to a heading that does not exist on that page: check the part after #`,
  typedFigure: (text: string, figure: string): string =>
    `"${text}" is typed into the prose, but the data holds it: write {% figure "${figure}" %} so it can never disagree with the tables`,
  frontMatterOpening: (): string => 'the front matter must open with a line of three dashes alone (---) and close with another',
  frontMatterSyntax: (detail: string): string => `the front matter cannot be read: ${detail}`,
  unknownChart: (id: string, suggestion: string | undefined, known: readonly string[]): string =>
    suggestion
      ? `unknown chart "${id}": did you mean "${suggestion}"?`
      : `unknown chart "${id}": the charts are ${known.join(', ')} (a figure table with a chart: field, or a file in _data/charts/)`,
  tableHasNoChart: (id: string): string =>
    `the table "${id}" has no chart: add chart: { type: bar } to _data/figures/${id}.yaml, or use {% figureTable "${id}" %}`,
  chartIdTaken: (id: string): string =>
    `the chart "${id}" has the same name as the figure table _data/figures/${id}.yaml: rename this file, or chart the table with its chart: field`,
  chartUnitsDiffer: (units: readonly string[]): string =>
    `the figures of this chart are in different units (${units.join(', ')}): chart figures measured in one unit, so their bars can be compared`,
  chartFigureCount: (kind: string, count: number): string =>
    `a ${kind} chart compares two figures (${kind === 'before-after' ? 'before, then after' : 'achieved, then target'}), but ${count} are listed: list exactly two`,
  invalidSpec: (property: string, detail: string): string =>
    `the Vega-Lite spec is not valid at "${property}": ${detail}. See https://vega.github.io/vega-lite/docs/ for what is allowed there`,
  unknownSpecProperty: (name: string, hint: string | undefined, version: string): string =>
    `"${name}" is not a property Vega-Lite knows here${hint ? ` (did you mean "${hint}"?)` : ''}; this site draws with Vega-Lite ${version}, so a property added in a later version is not known yet`,
  chartStaticSelection: (name: string): string =>
    `drawn as a static chart: the selection "${name}" shows its starting state. Charts are drawn when the site is built, so readers cannot click, drag or zoom them; say in the text what a reader would have looked for`,
  chartStaticInput: (name: string): string =>
    `drawn as a static chart: the input bound to "${name}" is not shown, and the chart uses its starting value. Draw one chart for each value that matters instead`,
  chartStaticTooltip: (): string =>
    'drawn as a static chart: the tooltip is not shown, as charts are drawn when the site is built. Label the values on the chart, or leave them to its data table',
  chartNoRows: (): string =>
    'the chart\'s data have no rows, so it would be drawn empty, with nothing for its data table or summary: give it values (values: [...]) or a data file in _data/chart-data/ (url: name.csv)',
  chartOwnDataSubtitle: (): string => 'Drawn from the data in the table below.',
  chartNeedsData: (): string =>
    'the chart has nothing to draw: list the figures it shows under figures:, or give its spec: data of its own (values: or url: a file in _data/chart-data/)',
  chartNeedsTitle: (): string => 'the chart has no headline: add title: in words, like title: Savings grew each year',
  chartNotDrawn: (detail: string): string =>
    `the chart could not be drawn: ${detail.split('\n')[0]}. Check the spec's fields and data`,
  diskFull: (folder: string): string => `the disk is full, so ${folder} could not be written. Free some space on the disk, then build again`,
  diskQuota: (folder: string): string =>
    `your share of the disk (its quota) is used up, so ${folder} could not be written. Delete some of your files or ask for more space, then build again`,
  diskReadOnly: (folder: string): string => `the disk is read-only, so ${folder} could not be written. Build on a disk that can be written to`,
  notAllowedToWrite: (folder: string): string =>
    `this user is not allowed to write ${folder}. Check who owns the folder, or build in a folder of your own`,
  chartDataElsewhere: (url: string, folder: string): string =>
    `the chart's data address "${url}" points outside the report's chart data (another site, or a file elsewhere on the computer), and the build never reads those: save the data as a .csv file in ${folder}/ and write its name, like url: savings-by-borough.csv`,
  chartDataBadName: (url: string, folder: string): string =>
    `the chart's data address "${url}" is not the name of a .csv or .tsv file in ${folder}/: save the data there and write the file's name, in letters, digits and hyphens, like url: savings-by-borough.csv`,
  chartDataMissing: (file: string): string =>
    `the chart's data file ${file} does not exist: save the data there as a .csv file, or correct the name after url:`,
  chartDataUnreadable: (file: string, reason: string): string =>
    `the chart's data file ${file} cannot be read (${reason}): save it again in the folder as an ordinary .csv file`,
  chartDataEmpty: (file: string): string =>
    `the chart's data file ${file} has no rows of data: add a heading line and one line for each row, or correct the name after url:`,
  chartLink: (): string =>
    'a chart cannot hold links (href): readers using a keyboard or screen reader skip the drawing and read its data table instead. Remove href, and put any link in the text of the page',
  chartImage: (): string =>
    'a chart cannot show images (url): the drawing is hidden from screen readers and has no description for an image. Remove it, and put the image on the page with ![what it shows](/assets/images/name.png)',
  chartStyleAddress: (text: string): string =>
    `${shown(text)} points the chart's drawing at another file or site (url(...)), which every reader's browser would then load: write a colour instead, like "#1d70b8"`,
  chartLoadRefused: (uri: string): string =>
    `it asks to load "${uri}", and charts read only the data files the build has checked`,
  templateSyntax: (detail: string): string =>
    `a {% %} tag cannot be read (${detail.replace(/^Error: /, '')}): check its spelling (figure, figureTable, chart), its quotes and the closing %}`,
  templateOutput: (): string => '{{ }} cannot be used in a page: cite a figure from the data with {% figure "table.row" %}',
  templateComment: (): string => '{# #} comments cannot be used in a page: readers would see them. Keep notes for editors outside the page',
  markupInText: (field: string): string =>
    `${field} must be plain text: remove the HTML tag (the page adds all formatting itself)`,
  notUtf8: (): string =>
    'this file is not saved as UTF-8: a character on this line cannot be read (readers would see �). Save the file as UTF-8 (in Notepad: File, Save as, Encoding: UTF-8) and check the character',
  emptyYamlFile: (what: string): string =>
    `this file is empty: it must hold ${what}. Copy another file of its kind to start from, or delete it`,
  wrongFileShape: (what: string, got: unknown): string => `this file must hold ${what} — got ${shown(got)}`,
  emptyPage: (): string =>
    'this page is empty: a page starts with its front matter (title, order, summary, source, updated) between two lines of three dashes (---). Copy the start of another page, or delete the file',
  tableInSubfolder: (folder: string, name: string): string =>
    `figure tables must be saved in ${folder}/ itself, not in a folder inside it: move this file to ${folder}/${name} (or out of _data/, if it is kept only for reference)`,
  badTableFileName: (name: string, suggested: string): string =>
    `the file name "${name}" is the table's id, used in its address and in {% figureTable %}: rename the file ${suggested} (lower-case words joined by hyphens)`,
  figureInfinity: (written: string): string => `: ${written} means infinity, which no page can show: write the figure the source gives`,
  figureNotANumber: (written: string): string =>
    `: ${written} means "not a number": write the figure the source gives, or leave the row out`,
  figureInBase: (written: string, base: string, read: number): string =>
    `: ${written} is a ${base} number (YAML would read it as ${read}): write the figure in ordinary digits, as the source gives it`,
  figureWithExponent: (written: string, decimal: string): string =>
    `: ${written} is written with an exponent: write it as a plain decimal number, ${decimal}`,
  tableIdTaken: (id: string, first: string): string =>
    `${first} is also the table "${id}": keep one of the two files, or rename this one`,
  negativeZero: (field: string): string => `${field} must not be negative — got -0: write 0`,
  tooLarge: (field: string, got: unknown, limit: number): string =>
    `${field} must be at most ${limit} (a thousand million) — got ${typeof got === 'number' && got < 1e21 ? got : 'a number too long to hold'}: for a larger amount use a larger unit, like £m instead of £`,
  totalTooLarge: (limit: number): string =>
    `the rows add up to more than ${limit}, too large to add up exactly: use a larger unit for this table, like £m instead of £`,
  imageAsData: (folder: string): string =>
    `this image is written into the page itself, as a data: address, which the report does not publish: save the image as a file in ${folder}/ and write ![its description](/${folder}/its-file-name.png)`,
  symlink: (): string =>
    `this is a symbolic link, which the build does not follow (it could reach files outside the project, or loop): delete the link and copy the file or folder itself in its place`,
  notAFile: (): string => 'this is neither a file nor a folder (a pipe, socket or device): remove it',
  folderNotReadable: (code: string): string => `this folder cannot be read (${code}): allow yourself to read it, or remove it`,
  notAPage: (suggested: string): string =>
    `Pages are Markdown: rename it to ${suggested} and write it as Markdown with front matter (templates and scripts in content/ would run as code when the site is built; images go in assets/images/)`,
  notData: (suggested: string): string =>
    `Data files are YAML: rename it to ${suggested} and write it as YAML (JavaScript, TypeScript or JSON in _data/ would run or be read as code when the site is built)`,
  assetNotImage: (extension: string, allowed: readonly string[]): string =>
    `${extension ? `a .${extension} file` : 'a file with no extension'} cannot be published from assets/: only images are (${allowed.map((e) => `.${e}`).join(', ')}). Remove it, or save the image as one of those`,
  assetName: (part: string, suggested: string): string =>
    `the name "${part}" has characters that web addresses change (spaces, %, quotes, accents): rename it ${suggested} (letters, digits, hyphens and dots)`,
  notAnImage: (kind: string): string =>
    `this file is named as a ${kind.toUpperCase()} image, but its contents are not one: save it again as a ${kind.toUpperCase()} from an image editor`,
  wrongImageExtension: (kind: string, suggested: string): string =>
    `this file is a ${kind.toUpperCase()} image with another kind's extension: rename it ${suggested}`,
  unsafeSvg: (reason: string): string =>
    `this SVG image ${reason}. Images are published as they are, and an SVG opened from the site could act for it: export it again as a plain drawing without that, or save it as a PNG`,
  frontMatterLanguage: (): string => 'the front matter must be YAML: the first line must be three dashes alone (---), with no language name after them',
} as const;

/**
 * The closest of `options` to `word`, if it is a likely typo: at most two edits, where two
 * letters swapped ("childern" for "childrens" is a swap and a missing letter) count as one.
 * The distance is damerau-levenshtein's (optimal string alignment), case ignored.
 * @example suggest('savings.childern', ['savings.childrens', 'savings.total']) // 'savings.childrens'
 */
export function suggest(word: string, options: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const option of options) {
    const distance = damerauLevenshtein(word.toLowerCase(), option.toLowerCase()).steps;
    if (distance < bestDistance) [best, bestDistance] = [option, distance];
  }
  return best;
}
