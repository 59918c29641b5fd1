import { describe, expect, it } from 'vitest';
import { ocsfFormat, OCSF_VERSION } from '../../src/formats/ocsf-format.js';
import { PRODUCT } from '../../src/formats/severity-scales.js';
import { ALERT, LONG, MINIMAL_ALERT, NASTY, NASTY_ALERT, alertWith } from './alert-fixture.js';

/*
 * What the OCSF 1.5.0 schema says, encoded here so the rendering is checked against the schema and not
 * against itself. Sources (github.com/ocsf/ocsf-schema, checked against the 1.5.0 release as published
 * at schema.ocsf.io/1.5.0):
 * - events/base_event.json: activity_id, category_uid, class_uid, metadata, severity_id, time, type_uid
 *   are required.
 * - events/findings/finding.json: finding_info required; activity_id enum 1 Create, 2 Update, 3 Close;
 *   status_id enum 1 New .. 6 Deleted (0 Unknown / 99 Other from the dictionary defaults).
 * - events/findings/detection_finding.json: class uid 4 in category 2 (class_uid 2004), adds
 *   anomaly_analyses, evidences, is_alert, confidence_score, resources, risk_score...
 * - objects/finding_info.json: uid required. objects/analytic.json: type_id required, 1 Rule,
 *   2 Behavioral, 3 Statistical, 4 Learning (1.5.0 adds 5-11). objects/related_event.json: uid required.
 * - objects/metadata.json: product and version required. objects/api.json: operation required.
 * - objects/anomaly_analysis.json: analysis_targets and anomalies required, baselines recommended.
 *   objects/anomaly.json and objects/baseline.json: observation_parameter and observations required.
 *   objects/analysis_target.json: name required. objects/observation.json: value required.
 * - objects/attack.json: at least one of tactic, technique, sub_technique.
 * - objects/evidences.json: at least one of actor, api, ... (the constraint list below).
 */
const REQUIRED = {
  event: [
    'activity_id',
    'category_uid',
    'class_uid',
    'metadata',
    'severity_id',
    'time',
    'type_uid',
    'finding_info',
  ],
  metadata: ['product', 'version'],
  finding_info: ['uid'],
  analytic: ['type_id'],
  related_event: ['uid'],
  api: ['operation'],
  anomaly_analysis: ['analysis_targets', 'anomalies'],
  anomaly: ['observation_parameter', 'observations'],
  baseline: ['observation_parameter', 'observations'],
  analysis_target: ['name'],
  observation: ['value'],
} as const;

/** Every attribute each object may carry in OCSF 1.5.0 (no profile applied). */
const ALLOWED: Record<string, readonly string[]> = {
  event: [
    'activity_id',
    'activity_name',
    'category_name',
    'category_uid',
    'class_name',
    'class_uid',
    'count',
    'duration',
    'end_time',
    'enrichments',
    'message',
    'metadata',
    'observables',
    'raw_data',
    'raw_data_size',
    'severity',
    'severity_id',
    'start_time',
    'status',
    'status_code',
    'status_detail',
    'status_id',
    'time',
    'timezone_offset',
    'type_name',
    'type_uid',
    'unmapped',
    'comment',
    'confidence',
    'confidence_id',
    'confidence_score',
    'device',
    'finding_info',
    'vendor_attributes',
    'anomaly_analyses',
    'evidences',
    'impact',
    'impact_id',
    'impact_score',
    'is_alert',
    'malware',
    'malware_scan_info',
    'remediation',
    'resources',
    'risk_details',
    'risk_level',
    'risk_level_id',
    'risk_score',
    'vulnerabilities',
  ],
  metadata: [
    'correlation_uid',
    'debug',
    'event_code',
    'extension',
    'extensions',
    'labels',
    'log_level',
    'log_name',
    'log_provider',
    'log_version',
    'logged_time',
    'loggers',
    'modified_time',
    'original_time',
    'processed_time',
    'product',
    'profiles',
    'sequence',
    'tags',
    'tenant_uid',
    'transformation_info_list',
    'uid',
    'version',
  ],
  product: ['name', 'uid', 'cpe_name', 'feature', 'lang', 'path', 'url_string', 'vendor_name', 'version'],
  finding_info: [
    'analytic',
    'attacks',
    'created_time',
    'data_sources',
    'desc',
    'first_seen_time',
    'kill_chain',
    'last_seen_time',
    'modified_time',
    'product',
    'product_uid',
    'related_analytics',
    'related_events',
    'related_events_count',
    'src_url',
    'tags',
    'title',
    'traits',
    'types',
    'uid',
    'uid_alt',
  ],
  analytic: [
    'name',
    'uid',
    'algorithm',
    'category',
    'desc',
    'related_analytics',
    'type',
    'type_id',
    'version',
  ],
  attack: ['mitigation', 'sub_technique', 'tactic', 'tactics', 'technique', 'version'],
  mitre: ['name', 'uid', 'src_url'],
  related_event: [
    'attacks',
    'count',
    'created_time',
    'desc',
    'first_seen_time',
    'kill_chain',
    'last_seen_time',
    'modified_time',
    'observables',
    'product',
    'product_uid',
    'severity',
    'severity_id',
    'tags',
    'title',
    'traits',
    'type',
    'type_name',
    'type_uid',
    'uid',
  ],
  evidences: [
    'name',
    'uid',
    'actor',
    'api',
    'connection_info',
    'container',
    'data',
    'database',
    'databucket',
    'device',
    'dst_endpoint',
    'email',
    'file',
    'http_request',
    'http_response',
    'ja4_fingerprint_list',
    'job',
    'process',
    'query',
    'resources',
    'script',
    'src_endpoint',
    'tls',
    'url',
    'user',
    'verdict',
    'verdict_id',
  ],
  actor: ['app_name', 'app_uid', 'authorizations', 'idp', 'invoked_by', 'process', 'session', 'user'],
  user: [
    'name',
    'uid',
    'account',
    'credential_uid',
    'display_name',
    'domain',
    'email_addr',
    'forward_addr',
    'full_name',
    'groups',
    'has_mfa',
    'ldap_person',
    'org',
    'phone_number',
    'risk_level',
    'risk_level_id',
    'risk_score',
    'type',
    'type_id',
    'uid_alt',
  ],
  api: ['group', 'operation', 'request', 'response', 'service', 'version'],
  service: ['name', 'uid', 'labels', 'tags', 'version'],
  resource_details: [
    'name',
    'uid',
    'created_time',
    'data',
    'labels',
    'modified_time',
    'tags',
    'type',
    'uid_alt',
    'agent_list',
    'cloud_partition',
    'criticality',
    'group',
    'hostname',
    'ip',
    'is_backed_up',
    'namespace',
    'owner',
    'region',
    'resource_relationship',
    'version',
    'zone',
  ],
  anomaly_analysis: ['analysis_targets', 'anomalies', 'baselines'],
  anomaly: ['observation_parameter', 'observation_type', 'observations', 'observed_pattern'],
  analysis_target: ['name', 'type'],
  observation: ['value', 'count', 'timespan'],
};

const EVIDENCE_AT_LEAST_ONE = [
  'actor',
  'api',
  'connection_info',
  'data',
  'database',
  'databucket',
  'device',
  'dst_endpoint',
  'email',
  'file',
  'process',
  'query',
  'resources',
  'src_endpoint',
  'url',
  'user',
  'job',
  'script',
];

/** Enum values the schema defines (ids we may emit must be among them). */
const ENUMS = {
  activity_id: [0, 1, 2, 3, 99],
  severity_id: [0, 1, 2, 3, 4, 5, 6, 99],
  status_id: [0, 1, 2, 3, 4, 5, 6, 99],
  analytic_type_id: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 99],
  user_type_id: [0, 1, 2, 3, 99],
};

type Obj = Record<string, unknown>;

function obj(value: unknown, what: string): Obj {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error(`${what} is not an object`);
  return value as Obj;
}
function arr(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value)) throw new Error(`${what} is not an array`);
  return value;
}
function expectShape(value: unknown, kind: keyof typeof ALLOWED, required: readonly string[] = []): Obj {
  const o = obj(value, kind);
  const allowed = ALLOWED[kind] ?? [];
  for (const key of Object.keys(o))
    expect(allowed, `${kind}.${key} is not an OCSF 1.5.0 attribute`).toContain(key);
  for (const key of required) expect(o[key], `${kind}.${key} is required`).not.toBeUndefined();
  return o;
}

/** Walks a finding and checks every object against the 1.5.0 attribute lists and requirements. */
function validateFinding(line: string): Obj {
  const event = expectShape(JSON.parse(line), 'event', REQUIRED.event);
  const metadata = expectShape(event.metadata, 'metadata', REQUIRED.metadata);
  expectShape(metadata.product, 'product');
  const info = expectShape(event.finding_info, 'finding_info', REQUIRED.finding_info);
  const analytic = expectShape(info.analytic, 'analytic', REQUIRED.analytic);
  expect(ENUMS.analytic_type_id).toContain(analytic.type_id);
  for (const a of arr(info.attacks ?? [], 'attacks')) {
    const attack = expectShape(a, 'attack');
    expect(['tactic', 'technique', 'sub_technique'].some((k) => attack[k] !== undefined)).toBe(true);
    for (const k of ['tactic', 'technique', 'sub_technique'])
      if (attack[k] !== undefined) expectShape(attack[k], 'mitre');
  }
  for (const r of arr(info.related_events, 'related_events'))
    expectShape(r, 'related_event', REQUIRED.related_event);
  for (const e of arr(event.evidences, 'evidences')) {
    const evidence = expectShape(e, 'evidences');
    expect(EVIDENCE_AT_LEAST_ONE.some((k) => evidence[k] !== undefined)).toBe(true);
    const actor = expectShape(evidence.actor, 'actor');
    if (actor.user !== undefined) {
      const user = expectShape(actor.user, 'user');
      expect(ENUMS.user_type_id).toContain(user.type_id);
    }
    const api = expectShape(evidence.api, 'api', REQUIRED.api);
    if (api.service !== undefined) expectShape(api.service, 'service');
  }
  for (const r of arr(event.resources ?? [], 'resources')) expectShape(r, 'resource_details');
  for (const a of arr(event.anomaly_analyses ?? [], 'anomaly_analyses')) {
    const analysis = expectShape(a, 'anomaly_analysis', REQUIRED.anomaly_analysis);
    for (const t of arr(analysis.analysis_targets, 'analysis_targets'))
      expectShape(t, 'analysis_target', REQUIRED.analysis_target);
    for (const kind of ['anomalies', 'baselines'] as const) {
      for (const item of arr(analysis[kind] ?? [], kind)) {
        const o = expectShape(item, 'anomaly', kind === 'anomalies' ? REQUIRED.anomaly : REQUIRED.baseline);
        for (const ob of arr(o.observations, 'observations')) {
          const observation = expectShape(ob, 'observation', REQUIRED.observation);
          expect(typeof observation.value).toBe('string');
        }
      }
    }
  }
  expect(ENUMS.activity_id).toContain(event.activity_id);
  expect(ENUMS.severity_id).toContain(event.severity_id);
  expect(ENUMS.status_id).toContain(event.status_id);
  // type_uid is defined as class_uid * 100 + activity_id.
  expect(event.type_uid).toBe((event.class_uid as number) * 100 + (event.activity_id as number));
  for (const t of ['time', 'start_time', 'end_time']) expect(Number.isInteger(event[t])).toBe(true);
  expect(Number.isInteger(event.confidence_score)).toBe(true);
  return event;
}

describe('ocsf format', () => {
  it('is one line of JSON', () => {
    const line = ocsfFormat(ALERT);
    expect(line).not.toMatch(/[\r\n]/);
    expect(() => JSON.parse(line) as unknown).not.toThrow();
  });

  it('is a valid OCSF 1.5.0 Detection Finding for full, minimal and hostile alerts', () => {
    for (const alert of [ALERT, MINIMAL_ALERT, NASTY_ALERT]) validateFinding(ocsfFormat(alert));
  });

  it('creates the finding with the first version of an alert and updates it with each later one', () => {
    expect(validateFinding(ocsfFormat(alertWith({ count: 1 })))).toMatchObject({
      activity_id: 1,
      activity_name: 'Create',
      type_uid: 200401,
    });
    expect(validateFinding(ocsfFormat(alertWith({ count: 2 })))).toMatchObject({
      activity_id: 2,
      activity_name: 'Update',
      type_uid: 200402,
      type_name: 'Detection Finding: Update',
    });
  });

  it('classifies the finding and maps time, severity and score', () => {
    const e = validateFinding(ocsfFormat(ALERT));
    expect(e).toMatchObject({
      class_uid: 2004,
      category_uid: 2,
      activity_id: 2,
      type_uid: 200402,
      time: Date.parse(ALERT.last_seen),
      start_time: Date.parse(ALERT.first_seen),
      end_time: Date.parse(ALERT.last_seen),
      severity_id: 4,
      severity: 'High',
      status_id: 1,
      is_alert: true,
      confidence_score: 79,
      count: 3,
      message: ALERT.title,
    });
    expect(obj(e.metadata, 'metadata')).toMatchObject({
      version: OCSF_VERSION,
      uid: ALERT.alert_id,
      product: { name: 'agentwatch', vendor_name: PRODUCT.vendor, version: PRODUCT.version },
    });
  });

  it('maps each severity to its OCSF severity_id', () => {
    const expected = { informational: 1, low: 2, medium: 3, high: 4, critical: 5 } as const;
    for (const [severity, id] of Object.entries(expected)) {
      const e = JSON.parse(ocsfFormat(alertWith({ severity: severity as keyof typeof expected }))) as Obj;
      expect(e.severity_id).toBe(id);
    }
  });

  it('fills finding_info with the detector as a behavioral analytic, ATT&CK/ATLAS attacks and related events', () => {
    const info = obj(validateFinding(ocsfFormat(ALERT)).finding_info, 'finding_info');
    expect(info).toMatchObject({
      uid: ALERT.alert_id,
      title: ALERT.title,
      desc: ALERT.description,
      types: ['api_first_seen'],
      first_seen_time: Date.parse(ALERT.first_seen),
      last_seen_time: Date.parse(ALERT.last_seen),
      analytic: { uid: 'never-seen-api', name: 'never-seen-api', type_id: 2, version: '2' },
    });
    expect(info.attacks).toEqual([
      { technique: { uid: 'T1567' } },
      { technique: { uid: 'T1078' }, sub_technique: { uid: 'T1078.004' } },
      { technique: { uid: 'AML.T0051' } },
      { tactic: { uid: 'TA0010' } },
    ]);
    expect(arr(info.related_events, 'related').map((r) => obj(r, 'r').uid)).toEqual(ALERT.event_ids);
  });

  it('puts the agent in the evidence actor as the app and the invoker as the user', () => {
    const e = validateFinding(ocsfFormat(ALERT));
    const evidence = obj(arr(e.evidences, 'evidences')[0], 'evidence');
    expect(evidence.actor).toEqual({
      app_uid: 'agent-invoice-bot-3',
      app_name: 'invoice-bot-3',
      user: { uid: 'bob@corp.example', type_id: 1, type: 'User' },
    });
    expect(evidence.api).toEqual({ operation: 'gmail:send', service: { name: 'gmail' } });
    expect(e.resources).toEqual([
      { uid: 'mallory@external.example', type: 'recipient', data: { sensitivity: 'confidential' } },
    ]);
  });

  it('renders an invoker that is not a user as type_id 99 Other with its type', () => {
    const e = JSON.parse(
      ocsfFormat(alertWith({ on_behalf_of: { id: 'orchestrator-1', type: 'agent' } })),
    ) as Obj;
    const actor = obj(obj(arr(e.evidences, 'ev')[0], 'ev').actor, 'actor');
    expect(actor.user).toEqual({ uid: 'orchestrator-1', type_id: 99, type: 'agent' });
  });

  it('turns the evidence facts into anomaly_analyses baselines', () => {
    const e = validateFinding(ocsfFormat(ALERT));
    const analysis = obj(arr(e.anomaly_analyses, 'aa')[0], 'analysis');
    expect(analysis.analysis_targets).toEqual([{ name: 'agent-invoice-bot-3', type: 'AI Agent' }]);
    expect(analysis.anomalies).toEqual([
      {
        observation_parameter: 'action.api',
        observation_type: 'Frequency Analysis',
        observed_pattern: 'UNSEEN',
        observations: [{ value: 'gmail:send', count: 3 }],
      },
    ]);
    const baselines = arr(analysis.baselines, 'baselines').map((b) => obj(b, 'b'));
    // Every evidence fact but the observation itself (api) is a baseline.
    expect(baselines.map((b) => b.observation_parameter)).toEqual(
      Object.keys(ALERT.evidence).filter((k) => k !== 'api'),
    );
    expect(baselines.find((b) => b.observation_parameter === 'days_observed')?.observations).toEqual([
      { value: '41' },
    ]);
    expect(baselines.find((b) => b.observation_parameter === 'known_apis_sample')?.observations).toEqual([
      { value: 'sheets:read' },
      { value: 'drive:read' },
      { value: 'gmail:read' },
    ]);
  });

  it('carries no anomaly analysis when no learned baseline explains the alert', () => {
    const e = validateFinding(ocsfFormat(MINIMAL_ALERT));
    expect(e.anomaly_analyses).toBeUndefined();
  });

  it('keeps what OCSF cannot hold under unmapped, losslessly', () => {
    const u = obj(validateFinding(ocsfFormat(ALERT)).unmapped, 'unmapped');
    expect(u).toMatchObject({
      score: 78.5,
      reason: 'api_first_seen',
      agent: { id: 'agent-invoice-bot-3', type: 'personal', owner: 'alice@corp.example' },
      delegation_chain: ['orchestrator-1', 'agent-invoice-bot-3'],
      intent: { task_id: 'task-881', scopes: ['sheets:read', 'drive:read'] },
      evidence: ALERT.evidence,
      tags: ALERT.tags,
    });
  });

  it('round-trips hostile strings and long values through JSON unchanged', () => {
    const e = validateFinding(ocsfFormat(NASTY_ALERT));
    expect(e.message).toBe(`title ${NASTY}`);
    const long = JSON.parse(ocsfFormat(alertWith({ description: LONG }))) as Obj;
    expect(obj(long.finding_info, 'fi').desc).toBe(LONG);
  });
});
