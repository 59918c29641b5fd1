import { describe, expect, it } from 'vitest';
import type { Alert } from '../../schemas/alert.js';
import { createOcsfFormat, ocsfFormat, OCSF_VERSION } from '../../src/formats/ocsf-format.js';
import { resolveFormat } from '../../src/formats/format-registry.js';
import { ALERT, MINIMAL_ALERT, alertWith } from './alert-fixture.js';
import { OCSF_SCHEMA } from './ocsf-schema/attributes.js';

/*
 * The rendering against attribute lists taken from the OCSF schema repository (github.com/ocsf/
 * ocsf-schema; paths and commits in test/formats/ocsf-schema/README.md): 1.8.0 by default with
 * `anomaly_analyses` where a baseline explains the alert, and the 1.9 `ai_agent` object when asked for.
 */

type Obj = Record<string, unknown>;
const parse = (line: string) => JSON.parse(line) as Obj;

function checkAgainst(
  value: unknown,
  definition: { all: readonly string[]; required: readonly string[] },
  what: string,
) {
  const o = value as Obj;
  for (const key of Object.keys(o))
    expect(definition.all, `${what}.${key} is not in the schema's ${what}`).toContain(key);
  for (const key of definition.required) expect(o[key], `${what}.${key} is required`).not.toBeUndefined();
}

/** The Detection Finding's own and inherited (finding) attributes that we emit must be declared. */
const FINDING_LEVEL = new Set<string>([...OCSF_SCHEMA.detection_finding.all, ...OCSF_SCHEMA.finding.all]);
/** base_event attributes (1.x, unchanged since 1.0): outside the two files above. */
const BASE_EVENT = new Set<string>([
  'category_uid',
  'category_name',
  'class_uid',
  'class_name',
  'type_uid',
  'type_name',
  'count',
  'message',
  'metadata',
  'severity',
  'severity_id',
  'unmapped',
  'duration',
  'enrichments',
  'observables',
  'raw_data',
  'status_code',
  'status_detail',
  'timezone_offset',
]);

describe('OCSF 1.8 Detection Finding against the schema repository', () => {
  it('defaults to 1.8.0 and declares it in metadata.version', () => {
    expect(OCSF_VERSION).toBe('1.8.0');
    expect((parse(ocsfFormat(ALERT)).metadata as Obj).version).toBe('1.8.0');
  });

  it('emits only attributes of detection_finding, finding and base_event, with finding_info present', () => {
    for (const alert of [ALERT, MINIMAL_ALERT]) {
      const e = parse(ocsfFormat(alert));
      for (const key of Object.keys(e))
        expect(
          FINDING_LEVEL.has(key) || BASE_EVENT.has(key),
          `${key} is not a Detection Finding attribute`,
        ).toBe(true);
      checkAgainst(
        Object.fromEntries(Object.entries(e).filter(([k]) => OCSF_SCHEMA.finding.all.includes(k as never))),
        OCSF_SCHEMA.finding,
        'finding',
      );
    }
  });

  it('explains a baseline alert with anomaly_analyses: baseline vs observation, in the schema objects', () => {
    const e = parse(ocsfFormat(ALERT));
    const analyses = e.anomaly_analyses as Obj[];
    expect(analyses).toHaveLength(1);
    const analysis = analyses[0] as Obj;
    checkAgainst(analysis, OCSF_SCHEMA.anomaly_analysis, 'anomaly_analysis');
    for (const t of analysis.analysis_targets as Obj[])
      checkAgainst(t, OCSF_SCHEMA.analysis_target, 'analysis_target');
    for (const a of analysis.anomalies as Obj[]) checkAgainst(a, OCSF_SCHEMA.anomaly, 'anomaly');
    for (const b of analysis.baselines as Obj[]) checkAgainst(b, OCSF_SCHEMA.baseline, 'baseline');
    const anomaly = (analysis.anomalies as Obj[])[0];
    expect(anomaly).toMatchObject({ observation_parameter: 'action.api', observed_pattern: 'UNSEEN' });
    const baseline = new Map<unknown, unknown[]>(
      (analysis.baselines as Obj[]).map((b) => [
        b.observation_parameter,
        (b.observations as Obj[]).map((o) => o.value),
      ]),
    );
    expect(baseline.get('days_observed')).toEqual(['41']);
    expect(baseline.get('apis_known')).toEqual(['17']);
  });

  it('an off-hours alert is a time pattern against the hour-of-week profile', () => {
    const offHours: Alert = alertWith({
      detector: { id: 'off-hours-access', version: 1 },
      reason: 'hour_unusual',
      evidence: { hour_of_week: 'Sun 03:00', days_observed: 30, share_of_activity: 0.0001 },
    });
    const analysis = (parse(ocsfFormat(offHours)).anomaly_analyses as Obj[])[0] as Obj;
    expect((analysis.anomalies as Obj[])[0]).toEqual({
      observation_parameter: 'hour_of_week',
      observation_type: 'Time Pattern Analysis',
      observed_pattern: 'OFF_HOURS',
      observations: [{ value: 'Sun 03:00', count: offHours.count }],
    });
    expect((analysis.baselines as Obj[]).map((b) => b.observation_parameter)).toEqual([
      'days_observed',
      'share_of_activity',
    ]);
  });

  it('leaves anomaly_analyses out when no baseline explains the alert (a posture finding)', () => {
    const posture = alertWith({ evidence: { approved_by: 'nobody', approval_age_days: 400 } });
    expect(parse(ocsfFormat(posture)).anomaly_analyses).toBeUndefined();
  });

  it('1.9.0, when asked for, carries the agent as an ai_agent object of the schema', () => {
    for (const format of [
      createOcsfFormat({ version: '1.9.0' }),
      resolveFormat('ocsf', { ocsfVersion: '1.9.0' }),
    ]) {
      const e = parse(format(ALERT));
      expect((e.metadata as Obj).version).toBe('1.9.0');
      const actor = (e.evidences as Obj[])[0]?.actor as Obj;
      checkAgainst(actor.ai_agent, OCSF_SCHEMA.ai_agent, 'ai_agent');
      expect(actor.ai_agent).toEqual({ uid: ALERT.agent.id, name: ALERT.agent.name });
    }
    const plain = parse(ocsfFormat(ALERT));
    expect(((plain.evidences as Obj[])[0]?.actor as Obj).ai_agent).toBeUndefined();
  });
});
