import { SCHEMA_NAMES, jsonSchemaFor, type SchemaName } from '../../schemas/json-schema.js';
import { UsageError } from '../errors.js';

export const SCHEMA_USAGE = `agentwatch schema event|alert|config
  Prints the JSON Schema (generated from the zod schemas) of an input event, an alert, or the
  configuration file, with every field's description and default.`;

/** `agentwatch schema event|alert|config`: JSON Schema on stdout. */
export function schemaCommand(argv: string[]): number {
  const name = argv[0];
  if (argv.length !== 1 || !SCHEMA_NAMES.includes(name as SchemaName))
    throw new UsageError(
      `needs one of: ${SCHEMA_NAMES.join(', ')}${name === undefined ? '' : ` (got "${argv.join(' ')}")`}`,
    );
  process.stdout.write(JSON.stringify(jsonSchemaFor(name as SchemaName), null, 2) + '\n');
  return 0;
}
