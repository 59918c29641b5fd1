// Regenerates schemas/json/*.json from the zod schemas (npm run schemas).
import { writeFileSync } from 'node:fs';
import { SCHEMA_NAMES, jsonSchemaFor } from '../schemas/json-schema.js';

for (const name of SCHEMA_NAMES) {
  writeFileSync(
    new URL(`../schemas/json/${name}.json`, import.meta.url),
    JSON.stringify(jsonSchemaFor(name), null, 2) + '\n',
  );
}
