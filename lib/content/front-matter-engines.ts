import { ContentError } from '../errors.ts';
import { messages } from '../messages.ts';
import { parseFrontMatter } from './parse-front-matter.ts';

function refuse(): never {
  throw new ContentError([{ file: 'a page', message: messages.frontMatterLanguage() }]);
}

/**
 * Eleventy's front matter readers (gray-matter engines): YAML only. By default Eleventy runs
 * front matter opened with ---js or ---javascript as JavaScript, and reads ---json; pages are
 * data, never code. The checks refuse such pages first (read-page.ts); this holds even without them.
 */
export const frontMatterEngines = {
  yaml: parseFrontMatter,
  javascript: refuse,
  js: refuse,
  jsLegacy: refuse,
  json: refuse,
  coffee: refuse,
  node: refuse,
};
