import { z } from 'zod';

/** The `identity` config section: where the agent registry and the people directory come from. */
export const identityConfigSchema = z
  .strictObject({
    registry_file: z
      .string()
      .nullable()
      .default(null)
      .describe(
        'NDJSON agent registry loaded at start (`agentwatch schema registry`); flag --registry in replay.',
      ),
    directory_file: z
      .string()
      .nullable()
      .default(null)
      .describe(
        'NDJSON people directory loaded at start (`agentwatch schema directory`); flag --directory in replay.',
      ),
    registry_topic: z
      .string()
      .nullable()
      .default(null)
      .describe(
        '`run`: compacted Kafka topic of registry records keyed by agent_id, read from the beginning and followed.',
      ),
    directory_topic: z
      .string()
      .nullable()
      .default(null)
      .describe(
        '`run`: compacted Kafka topic of directory records keyed by person or group id, read from the beginning and followed.',
      ),
    sweep_every_minutes: z
      .number()
      .min(0.01)
      .default(60)
      .describe(
        'Posture sweep period over every registered agent: wall clock in `run`, event time in `replay`.',
      ),
  })
  .prefault({})
  .describe('Identity context: agent registry and people directory (posture detectors).');

export type IdentityConfig = z.output<typeof identityConfigSchema>;
