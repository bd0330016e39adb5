import type { Problem } from '../errors.ts';
import { toolRequire } from '../tools/optional-tool.ts';

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
 * Words alex offers in place of slang ("that's mental"), in the same list as the words for a
 * health condition: said of people with a mental illness, they insult them. Never suggested.
 */
const INSULTING_SUGGESTIONS = new Set(['rude', 'malicious', 'mean', 'disgusting', 'incredible', 'vile']);

/** alex's finding (the little of its VFile message we read), as its markdown() reports it. */
interface AlexMessage {
  reason: string;
  ruleId?: string | null;
  actual?: string | null;
  expected?: string[] | null;
  line?: number | null;
  column?: number | null;
}

type AlexMarkdown = (text: string, options: { allow: string[]; profanitySureness: number }) => { messages: AlexMessage[] };

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
    message: hintMessage(message),
  }));
}

/**
 * The hint in plain words: what may exclude, what to write instead (no insult among the
 * suggestions), and how to keep the wording, once considered, without being told again.
 */
export function hintMessage(message: AlexMessage): string {
  const keep = message.ruleId ? `; to keep it, write <!--alex ignore ${message.ruleId}--> on a line of its own above the paragraph` : '';
  if (!message.actual || !message.expected) return `hint: ${message.reason.replace(/`/g, '"')}${keep}`;
  const instead = message.expected.filter((word) => !INSULTING_SUGGESTIONS.has(word.toLowerCase()));
  const suggestion = instead.length > 0 ? `, consider ${instead.map((word) => `"${word}"`).join(', ')} instead` : '';
  return `hint: "${message.actual}" may be insensitive${suggestion}${keep}`;
}
