/**
 * Eleventy configuration: only wiring. Logic lives in lib/, one concern a file.
 * Loaded by lib/build/build-site.ts (compiled by scripts/compiled.mjs for one-off builds) and by
 * scripts/start.ts under tsx; Eleventy's own CLI also takes it: `tsx node_modules/@11ty/eleventy/cmd.cjs --config=.eleventy.ts`.
 */
import { HtmlBasePlugin } from '@11ty/eleventy';
import type { PageItem } from './lib/content/publications.ts';
import { buildPublications } from './lib/content/publications.ts';
import { createMarkdown } from './lib/content/markdown.ts';
import { SHORTCODES_ENGINE, compileShortcodes } from './lib/content/shortcodes-engine.ts';
import { frontMatterEngines } from './lib/content/front-matter-engines.ts';
import { templateIgnores } from './lib/content/template-ignores.ts';
import { refuseRawHtml } from './lib/content/refuse-raw-html.ts';
import { normaliseTemplate } from './lib/content/source-text.ts';
import { readDataFile } from './lib/build/read-data-file.ts';
import { siteFontCopies } from './lib/site/site-font.ts';
import { readDataHook } from './lib/build/read-data-hook.ts';
import { checkBeforeBuild } from './lib/build/check-before-build.ts';
import { isPublishedAsset } from './lib/site/published-asset.ts';
import { PDF_DIR } from './lib/pdf/pdf-files.ts';
import { forgetReportFigures } from './lib/figures/report-figures.ts';
import { forgetGlossary } from './lib/glossary/load-glossary.ts';
import { writeOpenData } from './lib/open-data/write-open-data.ts';
import { layouts } from './lib/layouts/index.ts';
import { quietBenchmarks } from './lib/build/quiet-benchmarks.ts';
import { SITE_PAGE_ENGINE, sitePageCompiler, sitePageFile } from './lib/pages/site-page.ts';
import { sitePages } from './lib/pages/index.ts';

// Eleventy's config API is untyped JavaScript; this names the parts used here.
type Callback = (...args: any[]) => unknown;
interface EleventyConfig {
  on(event: string, callback: Callback): void;
  addDataExtension(extension: string, options: { parser: Callback; read?: boolean }): void;
  setLibrary(name: string, library: unknown): void;
  addExtension(extension: string, options: { compile: Callback; compileOptions?: object }): void;
  addPreprocessor(name: string, extensions: string, callback: Callback): void;
  addCollection(name: string, callback: Callback): void;
  addGlobalData(name: string, value: unknown): void;
  addTemplate(virtualPath: string, content: unknown, data?: object): void;
  addPassthroughCopy(paths: Record<string, string>, options?: { filter?: (relative: string) => boolean }): void;
  addWatchTarget(path: string): void;
  addPlugin(plugin: unknown): void;
  setFrontMatterParsingOptions(options: object): void;
  setDataDeepMerge(deep: boolean): void;
  setDataFileSuffixes(suffixes: string[]): void;
  ignores: Set<string>;
}

export default function (eleventyConfig: EleventyConfig) {
  quietBenchmarks(eleventyConfig);
  eleventyConfig.on('eleventy.before', forgetReportFigures);
  eleventyConfig.on('eleventy.before', forgetGlossary);
  eleventyConfig.on('eleventy.before', checkBeforeBuild);
  eleventyConfig.addDataExtension('yaml', { parser: readDataFile });
  eleventyConfig.addDataExtension('ts', { parser: readDataHook, read: false });
  eleventyConfig.setLibrary('md', createMarkdown());
  // Markdown pages' shortcodes are expanded by our own small engine, not Liquid (see below).
  eleventyConfig.addExtension(SHORTCODES_ENGINE, { compile: compileShortcodes });
  eleventyConfig.setFrontMatterParsingOptions({ engines: frontMatterEngines });
  eleventyConfig.addPreprocessor('line-endings', 'md', normaliseTemplate);
  eleventyConfig.addPreprocessor('refuse-raw-html', 'md', refuseRawHtml);
  // No template relies on merging objects across the data cascade, and merging every page's
  // data with the figures and charts costs time and memory at scale.
  eleventyConfig.setDataDeepMerge(false);
  // A page's data is its front matter, which the checks validate: no template or folder data
  // files (page.11tydata.json...), so Eleventy need not look for six of them beside every page.
  eleventyConfig.setDataFileSuffixes([]);
  // content/ holds only editors' Markdown: no file there is ever run as code.
  for (const glob of templateIgnores()) eleventyConfig.ignores.add(glob);
  // The site's own pages (home, figures, glossary, print editions, sitemap...) are TypeScript
  // (lib/pages/), added as virtual templates of their own engine; their permalinks are as written.
  eleventyConfig.addExtension(SITE_PAGE_ENGINE, { compile: sitePageCompiler(sitePages), compileOptions: { permalink: 'raw' } });
  for (const [name, page] of Object.entries(sitePages)) eleventyConfig.addTemplate(sitePageFile(name), '', page.data);
  eleventyConfig.addCollection('publications', (api: { getAll(): PageItem[] }) => buildPublications(api.getAll()));
  // The layouts are TypeScript (lib/layouts/), added as virtual templates. Eleventy looks a
  // layout up by its path from the project root when _includes/ is outside content/.
  for (const [name, layout] of Object.entries(layouts)) eleventyConfig.addTemplate(`_includes/${name}`, layout);
  eleventyConfig.addGlobalData('layout', 'layouts/section.11ty.js');
  // Open data (data/<id>.csv and .json) is written beside the pages, not rendered as pages.
  eleventyConfig.on('eleventy.after', ({ directories }: { directories: { output: string } }) => writeOpenData(directories.output));
  // Only images and the site's stylesheets leave assets/: the checks refuse the rest, with a message.
  eleventyConfig.addPassthroughCopy({ assets: 'assets' }, { filter: isPublishedAsset });
  eleventyConfig.addPassthroughCopy({ [`${PDF_DIR}/*.pdf`]: '/' });
  // The site's font, from its package: the pages, the PDF and the charts' measuring use the same one.
  eleventyConfig.addPassthroughCopy(siteFontCopies());
  // The web editing screens (Decap CMS): its 5 MB script, from the optional tools/cms/ (npm run
  // tools -- cms), is copied into /admin/ only; without it /admin/ has no editing screens.
  eleventyConfig.addPassthroughCopy({ admin: 'admin', 'tools/cms/node_modules/decap-cms/dist/decap-cms.js': 'admin/decap-cms.js' });
  // Rewrites root-relative links for `--pathprefix=/report/`, so the site works under any base path.
  eleventyConfig.addPlugin(HtmlBasePlugin);
  eleventyConfig.addWatchTarget('./lib/');
  // Any file saved in content/, not only Markdown, so that one the build refuses (a template, a
  // script) is reported as soon as it is saved.
  eleventyConfig.addWatchTarget('./content/');
  eleventyConfig.addWatchTarget('./assets/');
  // Charts' CSV files: Eleventy watches only the data files it reads itself.
  eleventyConfig.addWatchTarget('./_data/chart-data/');

  return {
    // The output folder is left to the caller: _site/ by default, the folder a build writes over
    // before it takes _site/'s place (lib/build/swap-folder.ts).
    dir: { input: 'content', includes: '../_includes', data: '../_data' },
    // Pages use only the shortcodes ({% figure "id" %}...), which the checks enforce
    // (find-template-tags.ts): shortcodes-engine.ts expands them before markdown-it, in a
    // fraction of the time a template language takes to read every page.
    markdownTemplateEngine: SHORTCODES_ENGINE,
    templateFormats: ['md', SITE_PAGE_ENGINE],
  };
}
