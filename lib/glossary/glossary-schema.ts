/**
 * The JSON Schema of _data/glossary.yaml. Each `description` is the help an editor sees when a
 * field is wrong or missing, so keep them plain and give an example.
 */
import { ID_PATTERN, text } from '../figures/schema.ts';

const term = {
  type: 'object',
  required: ['id', 'term', 'definition'],
  additionalProperties: false,
  properties: {
    id: { type: 'string', pattern: ID_PATTERN, description: 'a short lower-case name, like housing-revenue-account' },
    term: text('the word as the glossary lists it, like Housing Revenue Account'),
    forms: { type: 'array', minItems: 1, items: text('another way pages write it, like community budgets'), description: 'other ways pages write the term, like [community budgets]' },
    definition: text('what the term means, in one or two plain sentences'),
    source: { type: 'string', pattern: ID_PATTERN, description: 'the id of a source in _data/sources.yaml' },
  },
} as const;

export const glossarySchema = {
  type: 'object',
  required: ['terms'],
  additionalProperties: false,
  properties: {
    terms: { type: 'array', minItems: 1, items: term, description: 'the terms, each { id, term, definition }' },
    watch: { type: 'array', items: text('a word no page may use without a term explaining it, like HRA'), description: 'jargon no page may use unexplained, like [HRA, CJS]' },
  },
} as const;
