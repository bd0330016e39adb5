import type { Problem } from '../errors.ts';
import { toolRequire } from '../tools/optional-tool.ts';

/** The little of alex's VFile message we read. */
interface AlexMessage {
  line: number | null;
  column: number | null;
  reason: string;
}
type AlexMarkdown = (text: string, options: { allow: string[]; profanitySureness: number }) => { messages: AlexMessage[] };

let alexMarkdown: AlexMarkdown | undefined;
/**
 * alex's Markdown checker, from the optional tools/wording/ (`npm run tools -- wording`; npm run
 * check and npm test install it). alex is an ES module without top-level await, which Node 20.19+
 * loads with require.
 * @throws when tools/wording/ is not installed, saying how to install it.
 */
function loadAlex(): AlexMarkdown {
  alexMarkdown ??= (toolRequire('wording')('alex') as { markdown: AlexMarkdown }).markdown;
  return alexMarkdown;
}

/**
 * alex's rules that do not fit a report about real, named people: "her", "husband" or "mum"
 * are how the people in the stories are described, not generalisations; "Mrs" is a quoted
 * name; "King's" is a road; "welfare" is a public service.
 */
const NOT_FOR_NAMED_PEOPLE = [
  'her-him', 'he-she', 'herself-himself', 'brother-sister', 'brothers-sisters', 'daughter-son', 'daughters-sons',
  'dad-mom', 'dads-moms', 'husband-wife', 'husbands-wives', 'gal-guy', 'gals-guys', 'gals-man', 'gals-men',
  'mrs-', 'kings-queens', 'king-queen', 'welfare', 'boy-girl', 'boyfriend-girlfriend', 'uncle-aunt', 'uncles-aunts',
];

/**
 * Hints where wording may exclude or talk down to readers ("just", "simple", ableist or
 * profane words), found by alex. Hints do not stop a build: an editor decides.
 * @param text the whole Markdown file, so line numbers are the file's own.
 */
export function inclusiveLanguageHints(text: string, file: string): Problem[] {
  const result = loadAlex()(text, { allow: NOT_FOR_NAMED_PEOPLE, profanitySureness: 2 });
  return result.messages.map((message) => ({
    file,
    line: message.line ?? undefined,
    col: message.column ?? undefined,
    message: `hint: ${message.reason.replace(/`/g, '"')}`,
  }));
}
