import { z } from 'zod';
import { alertSchema } from './alert.js';
import { configSchema } from './config.js';
import { eventSchema } from './event.js';
import { directoryRecordSchema, registryRecordSchema } from './registry.js';

/** The schemas `agentwatch schema` prints; committed under schemas/json/ and checked for staleness. */
export const SCHEMA_NAMES = ['event', 'alert', 'config', 'registry', 'directory'] as const;
export type SchemaName = (typeof SCHEMA_NAMES)[number];

/**
 * JSON Schema of what a producer (event), a receiver (alert) or an operator (config, registry,
 * directory) writes:
 * the input side, so `ts` shows both accepted forms and defaulted fields are optional.
 */
export function jsonSchemaFor(name: SchemaName): Record<string, unknown> {
  const schema = {
    event: eventSchema,
    alert: alertSchema,
    config: configSchema,
    registry: registryRecordSchema,
    directory: directoryRecordSchema,
  }[name];
  const json = z.toJSONSchema(schema, {
    io: name === 'alert' ? 'output' : 'input',
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  return {
    $id: `https://agentwatch.dev/schemas/v1/${name}.json`,
    title: `agentwatch v1 ${name}`,
    ...json,
  };
}
