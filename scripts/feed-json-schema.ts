/**
 * Builds `feed.schema.json` from the valibot `FeedSchema`, so feed authors and their editors get
 * the same contract the elements and the CLI enforce.
 */
import { toJsonSchema, type ConversionConfig } from '@valibot/to-json-schema';
import { FeedSchema, hasTextToShow } from '../src/feed/schema.js';

/** A string with at least one character that is not white space: what `trim` + `minLength(1)` accepts. */
const NOT_BLANK = '\\S';

const overrideAction: ConversionConfig['overrideAction'] = ({ valibotAction, jsonSchema }) => {
  if (valibotAction.type === 'trim') return { ...jsonSchema, pattern: NOT_BLANK };
  if (valibotAction.type === 'check' && (valibotAction as { requirement?: unknown }).requirement === hasTextToShow) {
    return {
      ...jsonSchema,
      anyOf: ['title', 'summary', 'content_text'].map((field) => ({
        required: [field],
        properties: { [field]: { type: 'string', pattern: NOT_BLANK } },
      })),
    };
  }
  return undefined;
};

export function feedJsonSchema(): Record<string, unknown> {
  const schema = toJsonSchema(FeedSchema, { errorMode: 'throw', overrideAction });
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'map-embed feed',
    description:
      'A JSON Feed 1.1 document (https://jsonfeed.org/version/1.1) whose items may carry a `_map` object. ' +
      'Items without `_map` are news. Generated from src/feed/schema.ts; do not edit by hand.',
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
  };
}

/** The file's exact text, so a test can tell when the committed copy has drifted. */
export function feedJsonSchemaText(): string {
  return `${JSON.stringify(feedJsonSchema(), null, 2)}\n`;
}
