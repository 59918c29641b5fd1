import { z } from 'zod';
import type { Alert } from '../../schemas/alert.js';
import { POSTURE_DETECTORS } from '../simulation/identity-plan.js';
import { renderTable } from './table-renderer.js';

const POSTURE: ReadonlySet<string> = new Set(POSTURE_DETECTORS);

/** A planted posture condition as `simulate --posture-labels` writes it (other fields ignored). */
const plantedSchema = z
  .object({
    detector: z.string().describe('Detector expected to raise it.'),
    reason: z.string().describe('Reason code expected.'),
    agent_id: z.string().describe('Agent it is planted on.'),
    check: z
      .enum(['alert', 'inventory'])
      .describe('alert: a posture alert is expected; inventory: an unused grant.'),
  })
  .describe('planted posture condition');
export type PlantedCondition = z.output<typeof plantedSchema>;

/** The planted conditions of a posture label file (NDJSON); a line that is not one is an error. */
export function parsePlanted(ndjson: string): PlantedCondition[] {
  return ndjson
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => plantedSchema.parse(JSON.parse(l)));
}

/** Whether an alert comes from a posture detector (what the registry and directory declare). */
export function isPostureAlert(alert: Alert): boolean {
  return POSTURE.has(alert.detector.id);
}

/** A text value of the alert's evidence, or undefined when it does not carry it. */
function evidenceText(alert: Alert, key: string): string | undefined {
  const value = alert.evidence[key];
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value.join(' > ') : String(value);
}

/** "x@y (departed)" when the directory says the person is not active, else "x@y". */
function person(id: string | undefined, status: string | undefined): string {
  if (id === undefined) return '(unknown)';
  return status === undefined || status === 'active' || status === 'none' ? id : `${id} (${status})`;
}

/**
 * One line about a posture alert for a SOC lead: the condition, who owns the agent, who approved
 * it and when (days before the alert), for whom it acted and through which chain.
 */
export function postureLine(alert: Alert): string {
  const agent = alert.agent.name ?? alert.agent.id;
  const approver = evidenceText(alert, 'approved_by');
  const approvedAt = evidenceText(alert, 'approved_at');
  const age = evidenceText(alert, 'approval_age_days');
  const approval =
    approver === undefined || approver.startsWith('(')
      ? 'approved by nobody on record'
      : `approved by ${person(approver, evidenceText(alert, 'approver_status'))}` +
        (approvedAt?.startsWith('(') === false ? ` on ${approvedAt.slice(0, 10)}` : '') +
        (age !== undefined && Number(age) >= 0 ? ` (${age} days before the alert)` : '');
  const owner = evidenceText(alert, 'owner') ?? alert.agent.owner;
  const ownerText =
    owner === undefined || owner.startsWith('(')
      ? 'no owner on record'
      : `owner ${person(owner, evidenceText(alert, 'owner_status'))}`;
  const behalf = evidenceText(alert, 'on_behalf_of') ?? alert.on_behalf_of?.id;
  const chain = evidenceText(alert, 'delegation_chain') ?? alert.delegation_chain?.join(' > ');
  const acting =
    (behalf !== undefined && !behalf.startsWith('(') ? `, acting for ${behalf}` : '') +
    (chain !== undefined && chain.includes(' > ') ? `, chain ${chain}` : '');
  return `${alert.detector.id}/${alert.reason}: ${agent}: ${alert.title}; ${ownerText}, ${approval}${acting}`;
}

/**
 * The posture section of the demo: alerts of the posture detectors by detector (alerts, agents,
 * reasons; with `planted`, how many planted conditions there were and how many an alert raised)
 * and one example line per detector, most severe first.
 */
export function postureSummary(alerts: readonly Alert[], planted?: readonly PlantedCondition[]): string {
  const posture = alerts.filter(isPostureAlert);
  if (posture.length === 0 && !planted?.some((p) => p.check === 'alert'))
    return 'Posture (registry and directory): no posture alerts (no registry or directory given, or a clean fleet).\n';
  const agents = new Set(posture.map((a) => a.agent.id));
  const rows = POSTURE_DETECTORS.flatMap((id) => {
    const mine = posture.filter((a) => a.detector.id === id);
    const expected = (planted ?? []).filter((p) => p.check === 'alert' && p.detector === id);
    // A detector that raised nothing still has its row when something was planted for it: a miss shows.
    if (mine.length === 0 && expected.length === 0) return [];
    const reasons = new Map<string, number>();
    for (const a of mine) reasons.set(a.reason, (reasons.get(a.reason) ?? 0) + 1);
    const raised = new Set(mine.map((a) => `${a.reason}\u0000${a.agent.id}`));
    return [
      {
        detector: id,
        alerts: mine.length,
        agents: new Set(mine.map((a) => a.agent.id)).size,
        ...(planted
          ? {
              planted: expected.length,
              raised: expected.filter((p) => raised.has(`${p.reason}\u0000${p.agent_id}`)).length,
            }
          : {}),
        conditions: [...reasons.entries()]
          .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
          .map(([reason, n]) => `${reason} ${n}`)
          .join(', '),
      },
    ];
  });
  const examples = POSTURE_DETECTORS.flatMap((id) => {
    const best = posture
      .filter((a) => a.detector.id === id)
      .sort((x, y) => y.score - x.score || x.first_seen.localeCompare(y.first_seen))[0];
    return best ? [best] : [];
  });
  return [
    `Posture (registry and directory): ${posture.length} alerts on ${agents.size} agents`,
    renderTable(rows, 120),
    'Examples (one per detector: the condition, who owns the agent, who approved it):',
    ...examples.map((a) => `  - ${postureLine(a)}`),
    '',
  ].join('\n');
}
