import { describe, expect, it } from 'vitest';
import {
  averageScores,
  meetsGoals,
  scoreAlerts,
  type ScoringAlert,
  type ScoringLabel,
} from '../../src/eval/score-alerts.js';

const label = (event_id: string, detector: string, extra: Partial<ScoringLabel> = {}): ScoringLabel => ({
  event_id,
  detector,
  agent_id: 'a1',
  kind: 'k',
  ts: '2026-03-20T10:00:00.000Z',
  incident: 'i1',
  ...extra,
});
const alert = (
  alert_id: string,
  detector: string,
  event_ids: string[],
  extra: Partial<ScoringAlert> = {},
): ScoringAlert => ({
  alert_id,
  detector: { id: detector },
  agent: { id: 'a1' },
  event_ids,
  first_seen: '2026-03-20T10:00:00.000Z',
  last_seen: '2026-03-20T10:00:00.000Z',
  reason: 'r',
  severity: 'medium',
  ...extra,
});

describe('scoreAlerts', () => {
  it('counts event- and alert-level hits, misses and false alerts', () => {
    const labels = [
      label('e1', 'nsa'),
      label('e2', 'nsa', { agent_id: 'a2', incident: 'i2' }),
      label('e3', 'oha'),
    ];
    const alerts = [
      alert('x1', 'nsa', ['e1']),
      alert('x2', 'nsa', ['e9'], { agent: { id: 'a3' }, reason: 'api_first_seen' }),
    ];
    const [nsa, oha] = scoreAlerts(labels, alerts, { agentDays: 10 });
    expect(nsa).toMatchObject({
      detector: 'nsa',
      labels: 2,
      incidents: 2,
      alerts: 2,
      event_tp: 1,
      event_fn: 1,
      event_fp: 1,
      alert_tp: 1,
      alert_fp: 1,
      alert_fn: 1,
      recall: 0.5,
      incident_recall: 0.5,
      precision: 0.5,
      event_precision: 0.5,
      false_alerts_per_agent_day: 0.1,
      fp_reasons: { api_first_seen: 1 },
      missed_kinds: { k: 1 },
    });
    expect(oha).toMatchObject({
      detector: 'oha',
      labels: 1,
      alerts: 0,
      recall: 0,
      precision: null,
      false_alerts_per_agent_day: 0,
    });
  });

  it('dedupes alerts by id, keeping the last (updated) version', () => {
    const labels = [label('e1', 'nsa'), label('e2', 'nsa')];
    const alerts = [
      alert('x1', 'nsa', ['e1'], { count: 1 }),
      alert('x1', 'nsa', ['e1', 'e2'], { count: 2, last_seen: '2026-03-20T10:00:00.000Z' }),
    ];
    const [nsa] = scoreAlerts(labels, alerts, { agentDays: 1, matchWindowMs: 0 });
    expect(nsa).toMatchObject({ alerts: 1, alert_tp: 1, event_tp: 2, recall: 1, precision: 1 });
  });

  it('covers labelled events of the same agent within the time window of an alert', () => {
    const labels = [
      label('e1', 'oha'),
      label('e2', 'oha', { ts: '2026-03-20T10:40:00.000Z' }),
      label('e3', 'oha', { ts: '2026-03-20T13:00:00.000Z' }),
      label('e4', 'oha', { agent_id: 'a2', ts: '2026-03-20T10:10:00.000Z' }),
    ];
    const alerts = [alert('x1', 'oha', ['e1'])];
    const [oha] = scoreAlerts(labels, alerts, { agentDays: 1 });
    expect(oha).toMatchObject({ event_tp: 2, event_fn: 2 });
    const [strict] = scoreAlerts(labels, alerts, { agentDays: 1, matchWindowMs: 0 });
    expect(strict).toMatchObject({ event_tp: 1, event_fn: 3 });
  });

  it('counts an alert on another detector label as a false alert, and says so', () => {
    const labels = [label('e1', 'nsa')];
    const alerts = [
      alert('x1', 'imm', ['e1'], {
        first_seen: '2026-03-21T10:00:00.000Z',
        last_seen: '2026-03-21T10:00:00.000Z',
      }),
    ];
    const imm = scoreAlerts(labels, alerts, { agentDays: 4 }).find((s) => s.detector === 'imm');
    expect(imm).toMatchObject({
      alert_fp: 1,
      fp_on_other_labels: 1,
      precision: 0,
      false_alerts_per_agent_day: 0.25,
    });
  });

  it('drops alerts below a severity floor and reports requested detectors with nothing to score', () => {
    const alerts = [
      alert('x1', 'nsa', ['e9'], { severity: 'low' }),
      alert('x2', 'nsa', ['e8'], { severity: 'high' }),
    ];
    const scores = scoreAlerts([], alerts, { agentDays: 1, minSeverity: 'medium', detectors: ['zzz'] });
    expect(scores.map((s) => [s.detector, s.alerts])).toEqual([
      ['nsa', 1],
      ['zzz', 0],
    ]);
    expect(scores[1]).toMatchObject({ recall: null, precision: null, false_alerts_per_agent_day: 0 });
  });

  it('sets aside alerts on ignored (related) events: neither hits nor false positives', () => {
    const labels = [label('e1', 'nsa')];
    const alerts = [
      alert('x1', 'nsa', ['e1']),
      alert('x2', 'nsa', ['ctx1'], { agent: { id: 'a2' } }),
      alert('x3', 'nsa', ['ctx2', 'noise'], { agent: { id: 'a3' } }),
      alert('x4', 'nsa', ['noise2'], { agent: { id: 'a4' } }),
    ];
    const [plain] = scoreAlerts(labels, alerts, { agentDays: 10 });
    expect(plain).toMatchObject({ alerts: 4, alerts_ignored: 0, alert_fp: 3, event_fp: 4 });
    const [score] = scoreAlerts(labels, alerts, { agentDays: 10, ignore: new Set(['ctx1', 'ctx2', 'e1']) });
    // x2 and x3 list context events: set aside; the labelled e1 stays a hit although it is in `ignore`.
    expect(score).toMatchObject({
      alerts: 2,
      alerts_ignored: 2,
      alert_tp: 1,
      alert_fp: 1,
      precision: 0.5,
      event_tp: 1,
      event_fp: 2,
      false_alerts_per_agent_day: 0.1,
    });
  });

  it('averages ratios over runs and sums counts; checks goals', () => {
    const a = scoreAlerts([label('e1', 'nsa')], [alert('x1', 'nsa', ['e1'])], { agentDays: 10 });
    const b = scoreAlerts(
      [label('e1', 'nsa')],
      [alert('x1', 'nsa', ['e1']), alert('x2', 'nsa', ['e5'], { agent: { id: 'a9' } })],
      { agentDays: 10 },
    );
    const [avg] = averageScores([a, b]);
    expect(avg).toMatchObject({
      detector: 'nsa',
      alerts: 3,
      recall: 1,
      precision: 0.75,
      false_alerts_per_agent_day: 0.05,
    });
    expect(meetsGoals(a[0]!)).toBe(true);
    expect(meetsGoals(avg!)).toBe(false);
  });
});
