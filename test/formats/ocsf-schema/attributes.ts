/**
 * Attribute lists of OCSF definitions, copied from github.com/ocsf/ocsf-schema (see README.md beside
 * this file for each source path and commit). `required` are the attributes with
 * `"requirement": "required"`; `all` every attribute the definition declares itself.
 */
export const OCSF_SCHEMA = {
  /** events/findings/detection_finding.json @ 05e0f0b (extends finding). */
  detection_finding: {
    all: [
      'anomaly_analyses',
      'confidence',
      'confidence_id',
      'confidence_score',
      'evidences',
      'impact',
      'impact_id',
      'impact_score',
      'is_alert',
      'malware',
      'malware_scan_info',
      'remediation',
      'resources',
      'vulnerabilities',
    ],
    required: [],
  },
  /** events/findings/finding.json @ 05e0f0b (extends base_event; includes profiles/incident.json). */
  finding: {
    all: [
      'activity_id',
      'activity_name',
      'comment',
      'confidence',
      'confidence_id',
      'confidence_score',
      'device',
      'end_time',
      'finding_info',
      'notes',
      'resources',
      'risk_details',
      'risk_level',
      'risk_level_id',
      'risk_score',
      'start_time',
      'status',
      'status_id',
      'time',
      'vendor_attributes',
    ],
    required: ['finding_info'],
  },
  /** objects/anomaly_analysis.json @ aea4d30. */
  anomaly_analysis: {
    all: ['analysis_targets', 'anomalies', 'baselines'],
    required: ['analysis_targets', 'anomalies'],
  },
  /** objects/anomaly.json @ ee8cf1c. */
  anomaly: {
    all: ['observation_parameter', 'observation_type', 'observations', 'observed_pattern'],
    required: ['observation_parameter', 'observations'],
  },
  /** objects/baseline.json @ ee8cf1c. */
  baseline: {
    all: ['observation_parameter', 'observation_type', 'observations', 'observed_pattern'],
    required: ['observation_parameter', 'observations'],
  },
  /** objects/analysis_target.json @ 39657cf. */
  analysis_target: { all: ['name', 'type'], required: ['name'] },
  /** objects/ai_agent.json @ f780728 (extends _entity, whose name and uid it redefines). */
  ai_agent: {
    all: ['uid', 'instance_uid', 'name', 'type', 'type_id', 'ai_model', 'version', 'charter'],
    required: ['uid'],
  },
} as const;
