import { SCHEMA_NAMES, jsonSchemaFor, type SchemaName } from '../../schemas/json-schema.js';
import { UsageError } from '../errors.js';

/** `agentwatch schema event|alert|config`: JSON Schema on stdout. */
export function schemaCommand(argv: string[]): number {
  const name = argv[0];
  if (argv.length !== 1 || !SCHEMA_NAMES.includes(name as SchemaName))
    throw new UsageError(`schema needs one of: ${SCHEMA_NAMES.join(', ')}`);
  process.stdout.write(JSON.stringify(jsonSchemaFor(name as SchemaName), null, 2) + '\n');
  return 0;
}
