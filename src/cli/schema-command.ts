import { SCHEMA_NAMES, jsonSchemaFor, type SchemaName } from '../../schemas/json-schema.js';
import { UsageError } from '../errors.js';
import { closest } from './command-args.js';

/** `agentwatch schema NAME`: JSON Schema on stdout. */
export function schemaCommand(argv: string[]): number {
  const name = argv[0];
  if (argv.length !== 1 || !SCHEMA_NAMES.includes(name as SchemaName)) {
    const hint = argv.length === 1 && name !== undefined ? closest(name, SCHEMA_NAMES) : undefined;
    const got =
      name === undefined ? '' : ` (got "${argv.join(' ')}"${hint ? `; did you mean "${hint}"?` : ''})`;
    throw new UsageError(`needs one of: ${SCHEMA_NAMES.join(', ')}${got}`);
  }
  process.stdout.write(JSON.stringify(jsonSchemaFor(name as SchemaName), null, 2) + '\n');
  return 0;
}
