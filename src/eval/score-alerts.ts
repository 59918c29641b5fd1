/**
 * Scores detector alerts against simulator labels. Pure: no I/O, no clock.
 *
 * Definitions, per detector D (only alerts with `detector.id === D` and labels with `detector === D`):
 *
 * - Alert dedup: the runner may emit an alert again with a higher `count` when events fold into it;
 *   alerts are deduplicated by `alert_id`, the last occurrence wins (it carries the most event ids).
 * - Severity floor (optional `minSeverity`): alerts whose last version is below it are dropped first.
 * - Label dedup: one label per (event_id, D); duplicates are ignored.
 * - A labelled event is **covered** when
 *   (a) its `event_id` is in the `event_ids` of an alert of D, or
 *   (b) an alert of D on the same agent spans it in time: `first_seen - window <= label.ts <= last_seen + window`
 *       (`window` = `matchWindowMs`, default one hour; needs `label.ts`).
 *   (b) exists because an alert folds many events but lists at most 100 ids, and a detector may
 *   rightly raise one alert for a burst of anomalous events (an off-hours session, a drift spree).
 * - Event level: TP = covered labelled events; FN = labelled events not covered;
 *   FP = distinct event ids listed by alerts of D that carry no label of D.
 *   recall = TP / (TP + FN); precision = labelled ids among listed ids / listed ids.
 * - Alert level: an alert of D is a TP when one of its `event_ids` carries a label of D, or it
 *   covers a labelled event by rule (b); otherwise an FP. precision = TP / all alerts of D.
 *   FN = labelled incidents (labels grouped by `incident`, else by agent and kind) with no covered event;
 *   incident recall = covered incidents / incidents.
 * - False alerts per agent-day = alert-level FP / agent-days, where agent-days is supplied by the
 *   caller (the simulator counts distinct (agent, UTC date) pairs with activity).
 * - Ratios with a zero denominator are `null` (nothing to measure), never 0 or 1.
 * - An alert of D that hits a label of another detector is still an FP for D (strict); it is
 *   counted in `fp_on_other_labels` so a reader can tell misattribution from noise.
 * - Ignored events (optional `ignore`: the unlabelled context of planted incidents, e.g. the reads
 *   before an injected send) are neither hits nor false positives: they leave the listed ids, and an
 *   alert of D that is not a TP but lists one of them is set aside (`alerts_ignored`), counted in
 *   neither precision's numerator nor its denominator. A label wins over `ignore` for the same id.
 */

import { SEVERITY_RANK, type Severity } from '../../schemas/alert.js';

/** The parts of a simulator label scoring needs. */
export interface ScoringLabel {
  event_id: string;
  detector: string;
  agent_id: string;
  kind?: string;
  ts?: string;
  incident?: string;
}

/** The parts of a v1 alert scoring needs. */
export interface ScoringAlert {
  alert_id: string;
  detector: { id: string };
  agent: { id: string };
  event_ids: readonly string[];
  first_seen: string;
  last_seen: string;
  reason?: string;
  severity?: string;
  count?: number;
}

export interface ScoreOptions {
  /** Agent-days of activity in the scored data: the denominator of false alerts per agent-day. */
  agentDays: number;
  /** Detectors to report even when they have neither alerts nor labels. */
  detectors?: readonly string[];
  /** Tolerance of the same-agent time match, in ms (default one hour). */
  matchWindowMs?: number;
  /** Alerts below this severity are ignored, as a SOC filtering on severity would (default: none ignored). */
  minSeverity?: Severity;
  /** Event ids that are neither hits nor false positives (context events of planted incidents). */
  ignore?: ReadonlySet<string>;
}

/** The score of one detector. */
export interface DetectorScore {
  detector: string;
  labels: number;
  incidents: number;
  alerts: number;
  /** Alerts set aside because they list an ignored event and no label (not in `alerts`). */
  alerts_ignored: number;
  event_tp: number;
  event_fp: number;
  event_fn: number;
  alert_tp: number;
  alert_fp: number;
  alert_fn: number;
  recall: number | null;
  incident_recall: number | null;
  precision: number | null;
  event_precision: number | null;
  false_alerts_per_agent_day: number | null;
  fp_on_other_labels: number;
  /** False-positive alerts by reason code, to point at what to tune. */
  fp_reasons: Record<string, number>;
  /** Missed labelled events by scenario kind. */
  missed_kinds: Record<string, number>;
}

const HOUR_MS = 3_600_000;

/** Scores alerts against labels, per detector (sorted by id). */
export function scoreAlerts(
  labels: readonly ScoringLabel[],
  alerts: readonly ScoringAlert[],
  options: ScoreOptions,
): DetectorScore[] {
  const window = options.matchWindowMs ?? HOUR_MS;
  const deduped = new Map<string, ScoringAlert>();
  const floor = SEVERITY_RANK[options.minSeverity ?? 'informational'];
  for (const alert of alerts) {
    deduped.delete(alert.alert_id);
    deduped.set(alert.alert_id, alert);
  }
  // Severity is judged on the last version of an alert: updates may raise it.
  for (const [id, alert] of deduped) {
    const rank = alert.severity === undefined ? undefined : SEVERITY_RANK[alert.severity as Severity];
    if (rank !== undefined && rank < floor) deduped.delete(id);
  }
  const labelsByDetector = new Map<string, Map<string, ScoringLabel>>();
  const labelledAnywhere = new Set<string>();
  for (const label of labels) {
    labelledAnywhere.add(label.event_id);
    let byId = labelsByDetector.get(label.detector);
    if (!byId) {
      byId = new Map<string, ScoringLabel>();
      labelsByDetector.set(label.detector, byId);
    }
    if (!byId.has(label.event_id)) byId.set(label.event_id, label);
  }
  const alertsByDetector = new Map<string, ScoringAlert[]>();
  for (const alert of deduped.values()) {
    const list = alertsByDetector.get(alert.detector.id) ?? [];
    list.push(alert);
    alertsByDetector.set(alert.detector.id, list);
  }
  const ids = new Set([...(options.detectors ?? []), ...labelsByDetector.keys(), ...alertsByDetector.keys()]);
  return [...ids]
    .sort()
    .map((detector) =>
      scoreDetector(
        detector,
        labelsByDetector.get(detector) ?? new Map<string, ScoringLabel>(),
        alertsByDetector.get(detector) ?? [],
        labelledAnywhere,
        options.agentDays,
        window,
        options.ignore ?? new Set<string>(),
      ),
    );
}

function scoreDetector(
  detector: string,
  labels: ReadonlyMap<string, ScoringLabel>,
  alerts: readonly ScoringAlert[],
  labelledAnywhere: ReadonlySet<string>,
  agentDays: number,
  window: number,
  ignore: ReadonlySet<string>,
): DetectorScore {
  const isIgnored = (id: string): boolean => ignore.has(id) && !labels.has(id);
  const listed = new Set<string>();
  const spansByAgent = new Map<string, { from: number; to: number; alert: ScoringAlert }[]>();
  for (const alert of alerts) {
    for (const id of alert.event_ids) if (!isIgnored(id)) listed.add(id);
    const from = Date.parse(alert.first_seen);
    const to = Date.parse(alert.last_seen);
    if (Number.isFinite(from) && Number.isFinite(to)) {
      const spans = spansByAgent.get(alert.agent.id) ?? [];
      spans.push({ from: from - window, to: to + window, alert });
      spansByAgent.set(alert.agent.id, spans);
    }
  }
  const hitAlerts = new Set<ScoringAlert>();
  const incidents = new Map<string, boolean>();
  const missedKinds: Record<string, number> = {};
  let eventTp = 0;
  for (const label of labels.values()) {
    const incident = label.incident ?? `${label.agent_id}/${label.kind ?? 'unknown'}`;
    let covered = listed.has(label.event_id);
    const ts = label.ts === undefined ? Number.NaN : Date.parse(label.ts);
    if (Number.isFinite(ts)) {
      for (const span of spansByAgent.get(label.agent_id) ?? []) {
        if (ts >= span.from && ts <= span.to) {
          covered = true;
          hitAlerts.add(span.alert);
        }
      }
    }
    if (covered) eventTp++;
    else missedKinds[label.kind ?? 'unknown'] = (missedKinds[label.kind ?? 'unknown'] ?? 0) + 1;
    incidents.set(incident, (incidents.get(incident) ?? false) || covered);
  }
  let alertTp = 0;
  let alertsIgnored = 0;
  let fpOnOther = 0;
  const fpReasons: Record<string, number> = {};
  for (const alert of alerts) {
    if (hitAlerts.has(alert) || alert.event_ids.some((id) => labels.has(id))) {
      alertTp++;
      continue;
    }
    if (alert.event_ids.some(isIgnored)) {
      alertsIgnored++;
      continue;
    }
    if (alert.event_ids.some((id) => labelledAnywhere.has(id))) fpOnOther++;
    const reason = alert.reason ?? 'unknown';
    fpReasons[reason] = (fpReasons[reason] ?? 0) + 1;
  }
  let listedLabelled = 0;
  for (const id of listed) if (labels.has(id)) listedLabelled++;
  const scored = alerts.length - alertsIgnored;
  const alertFp = scored - alertTp;
  const coveredIncidents = [...incidents.values()].filter(Boolean).length;
  return {
    detector,
    labels: labels.size,
    incidents: incidents.size,
    alerts: scored,
    alerts_ignored: alertsIgnored,
    event_tp: eventTp,
    event_fp: listed.size - listedLabelled,
    event_fn: labels.size - eventTp,
    alert_tp: alertTp,
    alert_fp: alertFp,
    alert_fn: incidents.size - coveredIncidents,
    recall: ratio(eventTp, labels.size),
    incident_recall: ratio(coveredIncidents, incidents.size),
    precision: ratio(alertTp, scored),
    event_precision: ratio(listedLabelled, listed.size),
    false_alerts_per_agent_day: ratio(alertFp, agentDays),
    fp_on_other_labels: fpOnOther,
    fp_reasons: fpReasons,
    missed_kinds: missedKinds,
  };
}

function ratio(numerator: number, denominator: number): number | null {
  return denominator > 0 ? numerator / denominator : null;
}

/** Mean of each ratio over several runs (nulls skipped; null when all are null), counts summed. */
export function averageScores(runs: readonly (readonly DetectorScore[])[]): DetectorScore[] {
  const byDetector = new Map<string, DetectorScore[]>();
  for (const run of runs)
    for (const score of run)
      byDetector.set(score.detector, [...(byDetector.get(score.detector) ?? []), score]);
  const mean = (values: (number | null)[]): number | null => {
    const present = values.filter((v): v is number => v !== null);
    return present.length > 0 ? present.reduce((a, b) => a + b, 0) / present.length : null;
  };
  const merge = (records: Record<string, number>[]): Record<string, number> => {
    const out: Record<string, number> = {};
    for (const record of records) for (const [k, v] of Object.entries(record)) out[k] = (out[k] ?? 0) + v;
    return out;
  };
  return [...byDetector.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([detector, scores]) => {
      const sum = (pick: (s: DetectorScore) => number) => scores.reduce((acc, s) => acc + pick(s), 0);
      return {
        detector,
        labels: sum((s) => s.labels),
        incidents: sum((s) => s.incidents),
        alerts: sum((s) => s.alerts),
        alerts_ignored: sum((s) => s.alerts_ignored),
        event_tp: sum((s) => s.event_tp),
        event_fp: sum((s) => s.event_fp),
        event_fn: sum((s) => s.event_fn),
        alert_tp: sum((s) => s.alert_tp),
        alert_fp: sum((s) => s.alert_fp),
        alert_fn: sum((s) => s.alert_fn),
        recall: mean(scores.map((s) => s.recall)),
        incident_recall: mean(scores.map((s) => s.incident_recall)),
        precision: mean(scores.map((s) => s.precision)),
        event_precision: mean(scores.map((s) => s.event_precision)),
        false_alerts_per_agent_day: mean(scores.map((s) => s.false_alerts_per_agent_day)),
        fp_on_other_labels: sum((s) => s.fp_on_other_labels),
        fp_reasons: merge(scores.map((s) => s.fp_reasons)),
        missed_kinds: merge(scores.map((s) => s.missed_kinds)),
      };
    });
}

/** Goal figures the evaluation reports against (it reports; it does not gate). */
export const EVAL_GOALS = { recall: 0.95, precision: 0.9, falseAlertsPerAgentDay: 0.05 } as const;

/** Whether a score meets every goal (null ratios count as met: nothing to get wrong). */
export function meetsGoals(score: DetectorScore): boolean {
  return (
    (score.recall === null || score.recall >= EVAL_GOALS.recall) &&
    (score.precision === null || score.precision >= EVAL_GOALS.precision) &&
    (score.false_alerts_per_agent_day === null ||
      score.false_alerts_per_agent_day < EVAL_GOALS.falseAlertsPerAgentDay)
  );
}
