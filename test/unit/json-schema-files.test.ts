import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_NAMES, jsonSchemaFor } from '../../schemas/json-schema.js';

describe('committed JSON Schemas', () => {
  it.each(SCHEMA_NAMES)(
    'schemas/json/%s.json matches the zod schema (run `npm run schemas` to refresh)',
    (name) => {
      const committed: unknown = JSON.parse(
        readFileSync(new URL(`../../schemas/json/${name}.json`, import.meta.url), 'utf8'),
      );
      expect(committed).toEqual(jsonSchemaFor(name));
    },
  );
});
