import { z } from 'zod';
import { SEVERITIES } from '../../schemas/alert.js';
import { detectors } from '../../detectors/index.js';
import { baselineConfigSchema, calendarsConfigSchema } from '../baseline/baseline-config.js';
import type { DetectorDefinition } from './detector-contract.js';

/*
 * The detection sections of the configuration: one section per built-in detector (typed with the
 * detector's own settings), custom detectors and exceptions. schemas/config.ts nests them, so the
 * configuration composes the detectors' schemas without the schemas layer importing detectors.
 */

const severity = z.enum(SEVERITIES);

/** The config section of one detector: runner settings around the detector's own `settings`. */
export function detectorSection<C extends z.ZodType>(definition: DetectorDefinition<C>) {
  const {
    id,
    config: settings,
    dedupWindowMinutes: dedupMinutes = 60,
    defaultMinSeverity = 'informational',
  } = definition;
  // Maturity gates loading: a stable detector runs unless disabled, an experimental one only when
  // its section opts in with `enabled: true`.
  const stable = definition.maturity === 'stable';
  return z
    .strictObject({
      enabled: z
        .boolean()
        .default(stable)
        .describe(stable ? `Run ${id}.` : `Run ${id} (experimental: off unless set to true).`),
      dedup_window_minutes: z
        .number()
        .min(0)
        .default(dedupMinutes)
        .describe(
          'Findings with the same agent and key within this event-time window fold into one alert (0: off).',
        ),
      severity_override: severity
        .nullable()
        .default(null)
        .describe('Force this severity on every finding (null: keep).'),
      min_severity: severity
        .default(defaultMinSeverity)
        .describe(
          'Raise no alert for findings below this severity; what they question (an hour, a target) stays under review.',
        ),
      settings: settings
        .prefault({} as z.input<C>)
        .describe(`${id} settings (see detectors/${id}/README.md).`),
    })
    .prefault({});
}

type SectionOf<C extends z.ZodType> = ReturnType<typeof detectorSection<C>>;
/** One section per registered detector, typed with that detector's own settings. */
type DetectorSections = {
  [K in keyof typeof detectors]: (typeof detectors)[K] extends DetectorDefinition<infer C>
    ? SectionOf<C>
    : never;
};

const detectorShape = Object.fromEntries(
  Object.entries(detectors).map(([id, def]) => [id, detectorSection(def as DetectorDefinition)]),
) as unknown as DetectorSections;

export const exceptionSchema = z
  .strictObject({
    name: z.string().min(1).describe('Why this exception exists; shown in logs.'),
    detectors: z.array(z.string()).optional().describe('Detector ids it applies to (all when absent).'),
    agent_ids: z.array(z.string()).optional(),
    agent_name_prefixes: z.array(z.string()).optional(),
    owners: z.array(z.string()).optional(),
    apis: z.array(z.string()).optional(),
    reasons: z.array(z.string()).optional(),
  })
  .describe('A structured allow-list entry: a finding matching every given field is dropped.');

/** The `detectors` section: one entry per built-in detector. */
export const detectorsConfigSchema = z.strictObject(detectorShape).prefault({});

/** The `custom_detectors` section. */
export const customDetectorsConfigSchema = z
  .array(
    z.strictObject({
      module: z
        .string()
        .min(1)
        .describe(
          'Path (relative to the working directory) of an ES module exporting a DetectorDefinition as default or `detector`.',
        ),
      enabled: z.boolean().default(true).describe('Run it.'),
      dedup_window_minutes: z
        .number()
        .min(0)
        .default(60)
        .describe('Dedup window, as for built-in detectors.'),
      severity_override: severity.nullable().default(null).describe('Force this severity (null: keep).'),
      min_severity: severity
        .default('informational')
        .describe(
          'Raise no alert for findings below this severity; what they question (an hour, a target) stays under review.',
        ),
      settings: z
        .record(z.string(), z.unknown())
        .default({})
        .describe("Validated by the detector's own config schema."),
    }),
  )
  .default([])
  .describe(
    'Detectors of your own: modules of the DetectorDefinition shape (see DESIGN.md), run after the built-ins.',
  );

/** The `exceptions` section. */
export const exceptionsConfigSchema = z.array(exceptionSchema).default([]);

/**
 * What detection reads of the configuration (a `Config` is one): the parts `createDetection`,
 * custom detector loading and the detector cases need.
 */
export const detectionConfigSchema = z.strictObject({
  baseline: baselineConfigSchema,
  calendars: calendarsConfigSchema,
  detectors: detectorsConfigSchema,
  custom_detectors: customDetectorsConfigSchema,
  exceptions: exceptionsConfigSchema,
});

/** The detection sections, parsed. */
export type DetectionConfig = z.output<typeof detectionConfigSchema>;
