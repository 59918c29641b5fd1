import { z } from 'zod';
import { AGENT_TYPES, EVENT_LIMITS, timestampSchema } from './event.js';

/**
 * Identity context (DESIGN.md, "Identity context"): what the organisation declares about its agents
 * (the agent registry) and its people (the directory). One NDJSON object per record; a record with
 * the same id and other content is a new version, never an overwrite.
 */

const id = z.string().min(1).max(EVENT_LIMITS.idLength);
const shortText = z.string().max(EVENT_LIMITS.idLength);
/** Scopes in any vocabulary: service names, capability words, OAuth URLs, tool names. */
const scope = z.string().min(1).max(EVENT_LIMITS.apiLength);

export const AGENT_STATUSES = ['active', 'suspended', 'retired'] as const;
export const PERSON_STATUSES = ['active', 'departed'] as const;
export type AgentStatus = (typeof AGENT_STATUSES)[number];

/** A credential the registry knows an agent holds. */
export const registryCredentialSchema = z
  .strictObject({
    id: id.describe('Credential id as events carry it in credential.id (key id, client id, token id).'),
    kind: shortText
      .default('')
      .describe('What it is: api_key, oauth_client, aws_access_key, service_account... ("": unknown).'),
    issued_at: timestampSchema
      .nullable()
      .default(null)
      .describe('When it was issued or last rotated (null: unknown).'),
    expires_at: timestampSchema.nullable().default(null).describe('When it stops being valid (null: never).'),
    rotate_every_days: z
      .number()
      .int()
      .min(0)
      .default(0)
      .describe('Rotation period: older than this is overdue (0: no rotation policy).'),
  })
  .describe('A credential held by the agent.');

/** One agent as the registry declares it. */
export const registryRecordSchema = z
  .strictObject({
    agent_id: id.describe('The agent, as events name it in agent.id.'),
    name: shortText.default('').describe('Display name ("": none).'),
    type: z
      .enum(AGENT_TYPES)
      .nullable()
      .default(null)
      .describe('personal, third_party or organizational (null: not declared).'),
    owner: shortText
      .nullable()
      .default(null)
      .describe('Accountable person or team (a directory id when it is a person); null: nobody.'),
    approved_by: shortText.nullable().default(null).describe('Who approved the agent (null: nobody).'),
    approved_at: timestampSchema
      .nullable()
      .default(null)
      .describe('When it was approved or last reviewed (null: never).'),
    review_every_days: z
      .number()
      .int()
      .min(1)
      .default(30)
      .describe('The approval must be renewed this often.'),
    scopes_granted: z
      .array(scope)
      .max(256)
      .default([])
      .describe('What the agent may do, in any vocabulary (service names, capabilities, OAuth scopes).'),
    credentials: z.array(registryCredentialSchema).max(64).default([]).describe('Credentials it holds.'),
    status: z.enum(AGENT_STATUSES).default('active').describe('active, suspended or retired.'),
    updated_at: timestampSchema
      .nullable()
      .default(null)
      .describe('When this version was declared (null: when it was loaded).'),
  })
  .describe('agentwatch agent registry record');

/** A person in the directory. */
export const personRecordSchema = z
  .strictObject({
    kind: z.literal('person').default('person').describe('Record kind; absent means person.'),
    id: id.describe('The person, as events name them in on_behalf_of.id and registries in owner.'),
    name: shortText.default('').describe('Display name ("": none).'),
    status: z.enum(PERSON_STATUSES).default('active').describe('active or departed.'),
    manager: shortText.nullable().default(null).describe('Their manager (null: none on record).'),
    groups: z.array(shortText).max(256).default([]).describe('Groups they belong to.'),
    updated_at: timestampSchema
      .nullable()
      .default(null)
      .describe('When this version was declared (null: when it was loaded).'),
  })
  .describe('A person.');

/** A group and what its members may do. */
export const groupRecordSchema = z
  .strictObject({
    kind: z.literal('group').describe('Record kind.'),
    id: id.describe('The group, as people records name it in groups.'),
    scopes: z
      .array(scope)
      .max(1024)
      .default([])
      .describe('What members may do, in any vocabulary; "*" is everything.'),
    updated_at: timestampSchema
      .nullable()
      .default(null)
      .describe('When this version was declared (null: when it was loaded).'),
  })
  .describe('A group.');

/** One line of the people directory: a person (default) or a group. */
export const directoryRecordSchema = z
  .union([personRecordSchema, groupRecordSchema])
  .describe('agentwatch people directory record');

export type RegistryRecord = z.output<typeof registryRecordSchema>;
export type RegistryRecordInput = z.input<typeof registryRecordSchema>;
export type RegistryCredential = z.output<typeof registryCredentialSchema>;
export type PersonRecord = z.output<typeof personRecordSchema>;
export type GroupRecord = z.output<typeof groupRecordSchema>;
export type DirectoryRecord = z.output<typeof directoryRecordSchema>;
export type DirectoryRecordInput = z.input<typeof directoryRecordSchema>;
