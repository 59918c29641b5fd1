import { z } from 'zod';
import { isValidTimeZone } from '../time/event-time.js';

/*
 * The `baseline` and `calendars` sections of the configuration: learning periods, quarantine, caps,
 * cohorts and business calendars. schemas/config.ts nests them; detection setup reads them.
 */

/** The `baseline` section. */
export const baselineConfigSchema = z
  .strictObject({
    learning_min_days: z
      .number()
      .int()
      .min(0)
      .default(7)
      .describe('Active days before first-seen and hour alerts.'),
    learning_min_events: z
      .number()
      .int()
      .min(0)
      .default(50)
      .describe('Events before first-seen and hour alerts.'),
    quarantine_days: z
      .number()
      .int()
      .min(1)
      .max(14)
      .default(3)
      .describe('Distinct clean days an alerted value must recur on before it counts as normal.'),
    hold_from_severity: z
      .enum(['informational', 'low', 'medium', 'high', 'critical', 'never'])
      .default('high')
      .describe(
        'Alerts at or above this severity that hold their targets (intent-mismatch: a target read from content, a redirect, an outside mailbox, site or phone) keep them under review: such a target never becomes normal by recurring (an attacker who repeats wins nothing); an analyst decision (expected or benign) allows it. Targets named while several detectors fire on one event are held too (not counting a detector whose findings do not corroborate: access beyond the grant (access-drift) and a first reach into restricted data, true of every call of a family or every touch of such data). APIs and hours are released after quarantine_days whatever the severity, except the API of a payment, identity, admin or delete action that several detectors flagged. "never": every alerted value is released after quarantine_days.',
      ),
    forget_after_days: z.number().min(1).default(45).describe('Values unseen this long expire.'),
    cohort_by: z
      .array(z.enum(['name_prefix', 'type_team', 'owner', 'vendor']))
      .default(['name_prefix', 'type_team', 'vendor'])
      .describe('Cohort rules in order; the first that applies groups the agent ([]: no cohorts).'),
    cohort_min_peers: z
      .number()
      .int()
      .min(1)
      .default(2)
      .describe('Peers a learning agent needs to borrow its cohort.'),
    cohort_refresh_seconds: z
      .number()
      .int()
      .min(0)
      .default(60)
      .describe(
        'In `run`, how often (wall clock) each instance writes its changed cohort members to ClickHouse (cohort_contributions, also written with every baseline save) and reads the counts of every instance, so instances owning different partitions see the same cohorts; 0: never read (each instance pools the agents it holds). Replay never reads them: its cohorts follow event time alone.',
      ),
    max_values_per_table: z
      .number()
      .int()
      .min(8)
      .default(512)
      .describe('Cap per agent on APIs, resources etc.'),
    max_scopes: z
      .number()
      .int()
      .min(1)
      .default(64)
      .describe('Cap per agent on tasks and on-behalf-of users tracked.'),
    max_agents_in_memory: z
      .number()
      .int()
      .min(1)
      .default(150_000)
      .describe(
        'Baselines held in memory; above it the least recently active are written and dropped, and reloaded when their agent is seen again. The default keeps a process near 2 GB (about 9 KB per agent at 100k agents, memory probe).',
      ),
  })
  .prefault({});

/** The `calendars` section. */
export const calendarsConfigSchema = z
  .array(
    z.strictObject({
      name: z.string().min(1).describe('Shown in alert evidence.'),
      agent_ids: z.array(z.string()).optional().describe('Agents this calendar applies to.'),
      owners: z.array(z.string()).optional().describe('Owners whose agents this calendar applies to.'),
      teams: z.array(z.string()).optional().describe('Teams whose agents this calendar applies to.'),
      timezone: z
        .string()
        .refine(isValidTimeZone, 'not an IANA timezone known to this runtime')
        .default('UTC')
        .describe("IANA zone; also the zone of the matched agents' hour-of-week profiles."),
      working_days: z
        .array(z.number().int().min(1).max(7))
        .default([1, 2, 3, 4, 5])
        .describe('ISO weekdays, Monday = 1.'),
      start_hour: z.number().int().min(0).max(23).default(9).describe('Local start of the working day.'),
      end_hour: z.number().int().min(1).max(24).default(18).describe('Local end of the working day.'),
    }),
  )
  .default([])
  .describe(
    'Business calendars per agent, owner or team: timezone and working hours, a prior for young agents.',
  );

/** The `baseline` section, parsed. */
export type BaselineConfig = z.output<typeof baselineConfigSchema>;
/** The `calendars` section, parsed. */
export type CalendarsConfig = z.output<typeof calendarsConfigSchema>;
