import type { Alert, Severity } from '../../schemas/alert.js';
import { SEVERITY_RANK } from '../../schemas/alert.js';
import type { AgentEvent } from '../../schemas/event.js';
import { NO_VERDICT, type LearnVerdict } from '../baseline/agent-baseline.js';
import { IRREVERSIBLE_CATEGORIES, actionCategory } from '../events/action-category.js';
import { isQuarantineKey, type QuarantineKey } from '../baseline/quarantine-keys.js';
import { DetectorError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { Metrics } from '../metrics.js';
import type { IdentityView } from '../registry/identity-context.js';
import { MAX_EVENT_IDS, buildAlert } from './alert-builder.js';
import type {
  BaselineView,
  Detector,
  DetectorDefinition,
  Finding,
  OpenConditions,
} from './detector-contract.js';

/** A structured exception (Falco style): every field given must match for a finding to be dropped. */
export interface DetectorException {
  name: string;
  detectors?: readonly string[];
  agent_ids?: readonly string[];
  agent_name_prefixes?: readonly string[];
  owners?: readonly string[];
  apis?: readonly string[];
  reasons?: readonly string[];
}

/** What an analyst decided about a pattern, as the runner applies it (built by src/decisions). */
export interface AppliedDecision {
  decision_id: string;
  verdict: 'benign' | 'expected' | 'malicious';
  scope: string;
  decided_by: string;
  rationale: string;
  /** Event time (ms) the decision stops applying; null only when asked for explicitly. */
  expires_at: number | null;
}

/**
 * The analyst decisions in force: scoped, expiring in event time. `match` is on the hot path (every
 * finding that survives the thresholds), so implementations index by agent.
 */
export interface DecisionPolicy {
  match(detectorId: string, finding: Finding, event: AgentEvent): AppliedDecision | undefined;
}

/** A finding an analyst's allowance kept from becoming an alert (the check API reports them). */
export interface AllowedFinding {
  alert: Alert;
  decision: AppliedDecision;
}

/** Result of a check: what the detectors would raise for the event now, and what decisions allowed. */
export interface CheckResult {
  alerts: Alert[];
  allowed: AllowedFinding[];
}

/** Runner settings of one enabled detector. */
export interface EnabledDetector {
  definition: DetectorDefinition;
  settings: unknown;
  dedupWindowMs: number;
  severityOverride?: Severity | undefined;
  minSeverity: Severity;
}

const DAY_MS = 86_400_000;

interface OpenAlert {
  agentId: string;
  /**
   * The alert as it was sent until the first fold, which swaps in a copy to update: what was sent
   * never changes (sinks may still hold it, to retry), and an alert that never folds, as most
   * don't, is never copied.
   */
  alert: Alert;
  /** `alert.first_seen` in ms, so a fold need not parse it back. */
  firstSeenMs: number;
  expiresAt: number;
  folded: boolean;
  /** UTC day (event time) of the last version sent: the first fold of a later day is sent at once. */
  sentDay: number;
  /**
   * The ids among `alert.event_ids` of events that raised the alert's severity or brought news (see
   * {@link Finding.newsKey}): a full alert makes room for them by dropping the latest other id,
   * never one of these.
   */
  keptIds?: Set<string>;
  /** The news keys the alert covers (at most {@link MAX_NEWS_KEYS}; past that every key is news). */
  newsKeys?: Set<string>;
  /** The news keys in the order they came (at most {@link MAX_EVENT_IDS}), as the evidence names them. */
  newsOrder?: string[];
}

/** News keys remembered per open alert: past this many, every news key counts as news. */
const MAX_NEWS_KEYS = 1024;

/** Whether a finding with `newsKey` brings news to an open alert: a key it does not cover yet. */
function isNews(open: OpenAlert, newsKey: string | undefined): boolean {
  if (newsKey === undefined) return false;
  const keys = open.newsKeys;
  if (keys === undefined) return true;
  return keys.size >= MAX_NEWS_KEYS || !keys.has(newsKey);
}

/**
 * The runner's open alerts as one sweep call sees them: set to the detector and agent being swept
 * before each call, so a sweep over a large fleet allocates nothing to ask.
 */
class SweepOpenConditions implements OpenConditions {
  detectorId = '';
  agentId = '';

  constructor(private readonly open: ReadonlyMap<string, OpenAlert>) {}

  has(reason: string, key: string): boolean {
    return this.open.has(openKey(this.detectorId, this.agentId, reason, key));
  }
}

/** Filled in by {@link DetectorRunner.sweepAgent} for the caller that indexes sweeps by due time. */
export interface SweepNext {
  /**
   * The earliest instant from which a sweep of the agent could raise something, as long as its
   * registry record, its owner's and approver's directory records and its open conditions stay
   * as they are: `Infinity` for never, a value at or before the sweep's time for the next sweep.
   */
  dueAt: number;
}

/** What the sweep of an agent that raised nothing returns: one shared empty list. */
const NO_ALERTS: readonly Alert[] = Object.freeze([]);

/**
 * The quarantine keys a severe finding with `holdTargets` holds: the targets of an action (whom it
 * paid, mailed or changed). A new API or hour that recurs is a rollout or a new routine and is
 * released after its quarantine days; an address that keeps alerting high is what an attacker repeats.
 */
const TARGET_KEYS: ReadonlySet<QuarantineKey> = new Set(['resource', 'task_resource', 'user_resource']);

/** The shared result of an event that raised nothing (read-only by contract). */
const NOTHING_RAISED: RunResult = { alerts: Object.freeze([]) as unknown as Alert[], verdict: NO_VERDICT };

/** Result of running every detector on one event. */
export interface RunResult {
  /** Alerts to send now: new ones, and updates of folded ones whose window closed. */
  alerts: Alert[];
  verdict: LearnVerdict;
}

/**
 * Runs the enabled detectors on each event and owns what detectors must not: exceptions,
 * severity overrides, dedup windows (event time), metrics and error isolation.
 */
export class DetectorRunner {
  private readonly running: { enabled: EnabledDetector; detector: Detector; reasons: ReadonlySet<string> }[];
  private readonly exceptions: readonly DetectorException[];
  private readonly open = new Map<string, OpenAlert>();
  private readonly sweepOpen = new SweepOpenConditions(this.open);
  private readonly metrics: Metrics;
  private readonly logger: Logger;
  /**
   * Latest event time per agent with open alerts: windows close on the agent's own clock, so one
   * producer with a skewed clock cannot close everybody's windows.
   */
  private readonly agentTime = new Map<string, { ts: number; open: number }>();
  private readonly decisions: DecisionPolicy | undefined;
  private readonly holdFromRank: number;
  /** Told when open conditions close: the agent's sweep could raise them again. */
  private readonly closeWatchers: ((agentId: string | undefined) => void)[] = [];

  constructor(options: {
    detectors: readonly EnabledDetector[];
    exceptions: readonly DetectorException[];
    metrics: Metrics;
    logger: Logger;
    /** Analyst decisions (allowances and escalations); none when absent. */
    decisions?: DecisionPolicy | undefined;
    /**
     * Findings at or above this severity hold the values they name under review (no clean day);
     * `never` (the default) releases every alerted value after its quarantine days.
     */
    holdFromSeverity?: Severity | 'never' | undefined;
  }) {
    const hold = options.holdFromSeverity ?? 'never';
    this.holdFromRank = hold === 'never' ? Number.POSITIVE_INFINITY : SEVERITY_RANK[hold];
    this.metrics = options.metrics;
    this.logger = options.logger;
    this.exceptions = options.exceptions;
    this.decisions = options.decisions;
    this.running = options.detectors.map((enabled) => ({
      enabled,
      reasons: new Set(Object.keys(enabled.definition.reasons)),
      detector: enabled.definition.create({
        config: enabled.settings,
        logger: options.logger.child({ detector: enabled.definition.id }),
      }),
    }));
  }

  /** Detector ids in evaluation order. */
  get detectorIds(): string[] {
    return this.running.map((r) => r.enabled.definition.id);
  }

  /** Evaluates `event` against `view` (its agent's state before the event). */
  process(event: AgentEvent, view: BaselineView): RunResult {
    // Most events raise nothing: allocate only once a finding survives.
    let alerts: Alert[] | undefined;
    let quarantine: Set<QuarantineKey> | undefined;
    let hold: Set<QuarantineKey> | undefined;
    let questioned: Set<QuarantineKey> | undefined;
    let firstFiring: string | undefined;
    let severalFiring = false;
    let flagged = false;
    const clock = this.agentTime.get(event.agent.id);
    if (clock && event.ts > clock.ts) clock.ts = event.ts;
    for (const { enabled, detector, reasons } of this.running) {
      const id = enabled.definition.id;
      const findings = this.evaluate(enabled, detector, event, view, reasons);
      for (const raw of findings) {
        const screened = this.screen(enabled, raw, event, 'stream');
        if (screened === undefined) {
          // Below the detector's min_severity the finding raises nothing, yet what it questions
          // stays under review: a night's first quiet read must not teach the baseline that night,
          // or the deletions that follow it in the same hour look routine.
          if (raw.quarantine && raw.quarantine.length > 0 && this.belowMinSeverity(enabled, raw)) {
            quarantine ??= new Set();
            for (const q of raw.quarantine) quarantine.add(q);
          }
          continue;
        }
        if (screened.allowedBy !== undefined) continue;
        const finding = screened.finding;
        if (finding.quarantine && finding.quarantine.length > 0) {
          quarantine ??= new Set();
          for (const q of finding.quarantine) quarantine.add(q);
          if (SEVERITY_RANK[finding.severity] >= this.holdFromRank) {
            for (const q of finding.quarantine) {
              if (!TARGET_KEYS.has(q)) continue;
              questioned ??= new Set();
              questioned.add(q);
            }
          }
          if (finding.holdTargets === true && SEVERITY_RANK[finding.severity] >= this.holdFromRank) {
            for (const q of finding.quarantine) {
              if (!TARGET_KEYS.has(q)) continue;
              hold ??= new Set();
              hold.add(q);
            }
          }
        }
        const standing = enabled.definition.standingReasons?.includes(finding.reason) === true;
        if (enabled.definition.verdictNeutral !== true && !standing) flagged = true;
        if (enabled.definition.corroborates !== false && !standing) {
          if (firstFiring === undefined) firstFiring = id;
          else if (firstFiring !== id) severalFiring = true;
        }
        alerts ??= [];
        const alert = this.openOrFold(enabled, finding, event, alerts);
        if (alert) {
          alerts.push(alert);
          this.metrics.alerts.inc({ detector: id, severity: alert.severity });
        }
      }
    }
    // Several detectors on one event weigh against the targets it names (whom it paid or mailed), and
    // against the API of a change that cannot be taken back; not against a routine API or an hour: a
    // new tool outside the declared scopes is one fact that two detectors see, and counting it twice
    // kept a rollout alerting for ever. A denial or failure weighs against everything.
    if (severalFiring && quarantine !== undefined) {
      const irreversible = IRREVERSIBLE_CATEGORIES.has(actionCategory(event));
      for (const q of quarantine) {
        if (!irreversible && !TARGET_KEYS.has(q)) continue;
        hold ??= new Set();
        hold.add(q);
      }
    }
    const evidenceAgainst = event.outcome !== 'success';
    if (alerts === undefined && quarantine === undefined && !evidenceAgainst) return NOTHING_RAISED;
    return {
      alerts: alerts ?? [],
      verdict: {
        quarantine: quarantine ?? NO_VERDICT.quarantine,
        evidenceAgainst,
        hold: hold ?? NO_VERDICT.hold,
        ...(questioned ? { questioned } : {}),
        ...(flagged ? { flagged } : {}),
      },
    };
  }

  /** Whether some enabled detector checks posture in the periodic sweep. */
  get sweeps(): boolean {
    return this.running.some((r) => r.detector.sweep !== undefined);
  }

  /**
   * Calls `watcher` with the agent of every open condition that closes (`undefined`: all closed):
   * a sweep that skips agents whose conditions are open must look at that agent again.
   */
  watchCloses(watcher: (agentId: string | undefined) => void): void {
    this.closeWatchers.push(watcher);
  }

  /**
   * The sweep of one agent at time `at`: posture conditions that hold without an event. A condition
   * already open (raised by an event or an earlier sweep) is left alone: events update it, the
   * sweep does not. `subject` builds the stand-in event the alert is built on, only when needed.
   * With `next`, also says when the agent's sweep is next due (see {@link SweepNext}).
   */
  sweepAgent(
    agentId: string,
    at: number,
    identity: IdentityView,
    subject: (agentId: string, at: number) => AgentEvent,
    next?: SweepNext,
  ): readonly Alert[] {
    let alerts: Alert[] | undefined;
    let event: AgentEvent | undefined;
    let dueAt = Number.POSITIVE_INFINITY;
    for (const { enabled, detector } of this.running) {
      if (!detector.sweep) continue;
      const id = enabled.definition.id;
      let findings: readonly Finding[];
      this.sweepOpen.detectorId = id;
      this.sweepOpen.agentId = agentId;
      try {
        findings = detector.sweep(agentId, at, identity, this.sweepOpen);
      } catch (error: unknown) {
        this.metrics.detectorErrors.inc({ detector: id });
        this.logger.error(
          { err: new DetectorError(id, { cause: error }), agent_id: agentId },
          'sweep failed',
        );
        // Tried again at the next sweep, as a sweep of every agent would.
        dueAt = Math.min(dueAt, at);
        continue;
      }
      if (next) {
        // Without a dedup window nothing is held open, so a condition that holds is raised by
        // every sweep: the agent stays due.
        if (enabled.dedupWindowMs <= 0 && findings.length > 0) dueAt = Math.min(dueAt, at);
        else dueAt = Math.min(dueAt, this.sweepDue(id, detector, agentId, at, identity));
      }
      for (const raw of findings) {
        // Also checked here: a detector need not ask (a custom one may not).
        if (this.open.has(openKey(id, agentId, raw.reason, raw.key))) continue;
        const finding = enabled.severityOverride ? { ...raw, severity: enabled.severityOverride } : raw;
        if (SEVERITY_RANK[finding.severity] < SEVERITY_RANK[enabled.minSeverity]) continue;
        event ??= subject(agentId, at);
        if (this.isExcepted(id, finding, event)) {
          this.metrics.alertsSuppressed.inc({ detector: id, reason: 'exception' });
          continue;
        }
        alerts ??= [];
        const alert = this.openOrFold(enabled, finding, event, alerts);
        if (alert) {
          alerts.push(alert);
          this.metrics.alerts.inc({ detector: id, severity: alert.severity });
        }
      }
    }
    if (next) next.dueAt = dueAt;
    return alerts ?? NO_ALERTS;
  }

  /** When `detector` next needs to sweep the agent: at the next sweep if it cannot say. */
  private sweepDue(
    id: string,
    detector: Detector,
    agentId: string,
    at: number,
    identity: IdentityView,
  ): number {
    if (!detector.sweepDue) return at;
    try {
      const due = detector.sweepDue(agentId, at, identity);
      return Number.isNaN(due) ? at : due;
    } catch (error: unknown) {
      this.metrics.detectorErrors.inc({ detector: id });
      this.logger.error(
        { err: new DetectorError(id, { cause: error }), agent_id: agentId },
        'sweepDue failed',
      );
      return at;
    }
  }

  /**
   * The inline check: what every enabled detector would raise for `event` against `view` now, through
   * the same thresholds, exceptions and decisions as {@link process}, but without touching dedup state,
   * agent clocks or alert counters (nothing is learned or opened: the event is learned when it arrives
   * in the stream).
   */
  check(event: AgentEvent, view: BaselineView): CheckResult {
    const result: CheckResult = { alerts: [], allowed: [] };
    for (const { enabled, detector, reasons } of this.running) {
      for (const raw of this.evaluate(enabled, detector, event, view, reasons)) {
        const screened = this.screen(enabled, raw, event, 'check');
        if (screened === undefined) continue;
        const alert = buildAlert(enabled.definition, screened.finding, event);
        if (screened.allowedBy) result.allowed.push({ alert, decision: screened.allowedBy });
        else result.alerts.push(alert);
      }
    }
    return result;
  }

  /** One detector's findings; a detector that throws or breaks its contract is counted, logged and skipped. */
  private evaluate(
    enabled: EnabledDetector,
    detector: Detector,
    event: AgentEvent,
    view: BaselineView,
    reasons: ReadonlySet<string>,
  ): readonly Finding[] {
    try {
      const findings = detector.evaluate(event, view);
      // The contract, checked where untyped code (a custom detector) could break it: a finding
      // with an undeclared reason or an unknown quarantine key counts as a failure of the detector.
      for (const finding of findings) breachOfContract(finding, reasons);
      return findings;
    } catch (error: unknown) {
      const id = enabled.definition.id;
      this.metrics.detectorErrors.inc({ detector: id });
      this.logger.error(
        { err: new DetectorError(id, { cause: error }), event_id: event.event_id },
        'detector failed',
      );
      return [];
    }
  }

  /** Whether `raw` (after the severity override) is below the detector's `min_severity`. */
  private belowMinSeverity(enabled: EnabledDetector, raw: Finding): boolean {
    const severity = enabled.severityOverride ?? raw.severity;
    return SEVERITY_RANK[severity] < SEVERITY_RANK[enabled.minSeverity];
  }

  /**
   * Severity override, minimum severity, exceptions and analyst decisions, in that order: undefined
   * when the finding is dropped; `allowedBy` when an allowance covers it; a malicious verdict raises
   * its severity, quarantines its target and says so in its evidence.
   */
  private screen(
    enabled: EnabledDetector,
    raw: Finding,
    event: AgentEvent,
    path: 'stream' | 'check',
  ): { finding: Finding; allowedBy?: AppliedDecision } | undefined {
    const id = enabled.definition.id;
    const finding = enabled.severityOverride ? { ...raw, severity: enabled.severityOverride } : raw;
    if (SEVERITY_RANK[finding.severity] < SEVERITY_RANK[enabled.minSeverity]) return undefined;
    if (this.isExcepted(id, finding, event)) {
      if (path === 'stream') this.metrics.alertsSuppressed.inc({ detector: id, reason: 'exception' });
      return undefined;
    }
    const decision = this.decisions?.match(id, finding, event);
    if (!decision) return { finding };
    this.metrics.decisionsApplied.inc({
      verdict: decision.verdict,
      effect: decision.verdict === 'malicious' ? 'escalated' : 'allowed',
      path,
    });
    const evidence = {
      ...finding.evidence,
      decision_id: decision.decision_id,
      decision_verdict: decision.verdict,
      decision_scope: decision.scope,
      decision_by: decision.decided_by,
      decision_reason: decision.rationale,
      decision_expires: decision.expires_at === null ? 'never' : new Date(decision.expires_at).toISOString(),
    };
    if (decision.verdict !== 'malicious') {
      if (path === 'stream') this.metrics.alertsSuppressed.inc({ detector: id, reason: 'decision' });
      return { finding: { ...finding, evidence }, allowedBy: decision };
    }
    const severity = raiseSeverity(finding.severity);
    return {
      finding: {
        ...finding,
        severity,
        score: Math.max(finding.score, MALICIOUS_MIN_SCORE),
        title: `${finding.title} (an analyst marked this pattern malicious)`,
        evidence,
        quarantine: [...new Set([...(finding.quarantine ?? []), ...MALICIOUS_QUARANTINE])],
      },
    };
  }

  /** Updates of folded alerts whose dedup window closed before their agent's latest event time. */
  closeExpired(): Alert[] {
    const out: Alert[] = [];
    for (const [key, open] of this.open) {
      const clock = this.agentTime.get(open.agentId);
      if (clock && open.expiresAt <= clock.ts) {
        if (open.folded) out.push(open.alert);
        this.open.delete(key);
        clock.open -= 1;
        if (clock.open <= 0) this.agentTime.delete(open.agentId);
        for (const watcher of this.closeWatchers) watcher(open.agentId);
      }
    }
    return out;
  }

  /** At the end of a finite stream or on shutdown: updates of every folded alert still open. */
  closeAll(): Alert[] {
    const out: Alert[] = [];
    for (const open of this.open.values()) if (open.folded) out.push(open.alert);
    this.open.clear();
    this.agentTime.clear();
    for (const watcher of this.closeWatchers) watcher(undefined);
    return out;
  }

  private openOrFold(
    enabled: EnabledDetector,
    finding: Finding,
    event: AgentEvent,
    out: Alert[],
  ): Alert | undefined {
    const def = enabled.definition;
    const key = openKey(def.id, event.agent.id, finding.reason, finding.key);
    const existing = this.open.get(key);
    const news = existing !== undefined && isNews(existing, finding.newsKey);
    // News for an alert full of news opens a new one: the alert the SOC reads must name the event.
    const fullOfNews = news && (existing.keptIds?.size ?? 0) >= MAX_EVENT_IDS - 1;
    if (existing && event.ts < existing.expiresAt && event.ts >= existing.firstSeenMs && !fullOfNews) {
      // Copy on the first fold: the alert sent must stay as it was sent. A shallow copy is enough
      // because a fold replaces fields and never changes a nested value in place, except the
      // event ids, which get their own array.
      if (!existing.folded) existing.alert = { ...existing.alert, event_ids: [...existing.alert.event_ids] };
      const a = existing.alert;
      a.count += 1;
      a.last_seen = new Date(event.ts).toISOString();
      const before = a.severity;
      const raised = SEVERITY_RANK[finding.severity] > SEVERITY_RANK[before];
      // What raised the alert or brought news stays named: a full alert drops a repeat for it.
      if (a.event_ids.length < MAX_EVENT_IDS) a.event_ids.push(event.event_id);
      else if (raised || news) makeRoomFor(a.event_ids, existing.keptIds, event.event_id);
      if (raised || news) (existing.keptIds ??= new Set()).add(event.event_id);
      // The text must explain the severity it carries: take the finding that raised it, or one that
      // brings news at that severity (it names the person or target the update is about).
      const retext = raised || (news && finding.severity === before);
      if (retext) {
        a.severity = finding.severity;
        a.title = finding.title;
        a.description = finding.description;
        a.evidence = finding.evidence;
        a.tags = [...(finding.tags ?? [])];
        const latest = buildAlert(def, finding, event);
        a.action = latest.action;
        if (latest.resource) a.resource = latest.resource;
        if (latest.intent) a.intent = latest.intent;
        if (latest.on_behalf_of) a.on_behalf_of = latest.on_behalf_of;
        else delete a.on_behalf_of;
        if (latest.delegation_chain) a.delegation_chain = latest.delegation_chain;
        else delete a.delegation_chain;
      }
      if (news && finding.newsKey !== undefined) {
        if ((existing.newsKeys?.size ?? 0) < MAX_NEWS_KEYS)
          (existing.newsKeys ??= new Set()).add(finding.newsKey);
        if (existing.newsOrder && existing.newsOrder.length < MAX_EVENT_IDS)
          existing.newsOrder.push(finding.newsKey);
      }
      // Every version names all the news the alert folded (the people served, the targets reached),
      // whichever finding's text it carries: a lower-severity target is named too. Only news or new
      // text changes the list or drops it; a plain repeat leaves the evidence as it is.
      if ((news || retext) && existing.newsOrder && existing.newsOrder.length > 1)
        a.evidence = { ...a.evidence, news: [...existing.newsOrder] };
      // News below the alert's severity keeps the text that explains the severity, and says what it
      // brought beside it: the update must be about the event it is sent for.
      if (news && !raised && finding.severity !== before)
        a.evidence = { ...a.evidence, latest_news: `${finding.title} (${event.event_id})` };
      a.score = Math.max(a.score, finding.score);
      // An escalation is news, so is what the finding marks as news (a person or a target the alert
      // had not covered), and for a detector that asks, so is a repeat on a later day (an attacker's
      // daily payment): the update goes out now (a copy, since folding goes on), not when the
      // window closes, which for a week-long window could be days later. An escalation is counted
      // apart from the alerts raised (one alert, however often it escalates); nothing is left unsent
      // until the next fold.
      const day = Math.floor(event.ts / DAY_MS);
      const daily = def.dailyUpdates === true && day > existing.sentDay;
      if (raised || news || daily) {
        out.push({ ...a, event_ids: [...a.event_ids] });
        existing.folded = false;
        existing.sentDay = day;
        if (raised)
          this.metrics.alertEscalations.inc({ detector: def.id, severity: a.severity, from: before });
        this.metrics.alertUpdates.inc({
          detector: def.id,
          cause: raised ? 'escalation' : news ? 'news' : 'daily',
        });
        return undefined;
      }
      existing.folded = true;
      this.metrics.alertsSuppressed.inc({ detector: def.id, reason: 'dedup' });
      return undefined;
    }
    if (existing?.folded) out.push(existing.alert);
    const alert = buildAlert(def, finding, event);
    if (enabled.dedupWindowMs > 0) {
      if (!existing) {
        const clock = this.agentTime.get(event.agent.id);
        if (clock) {
          clock.open += 1;
          if (event.ts > clock.ts) clock.ts = event.ts;
        } else this.agentTime.set(event.agent.id, { ts: event.ts, open: 1 });
      }
      this.open.set(key, {
        agentId: event.agent.id,
        alert,
        // What Date.parse(alert.first_seen) gives: a Date keeps whole milliseconds, cut toward zero.
        firstSeenMs: Math.trunc(event.ts),
        expiresAt: event.ts + enabled.dedupWindowMs,
        folded: false,
        sentDay: Math.floor(event.ts / DAY_MS),
        ...(finding.newsKey === undefined
          ? {}
          : { newsKeys: new Set([finding.newsKey]), newsOrder: [finding.newsKey] }),
      });
    }
    return alert;
  }

  private isExcepted(detectorId: string, finding: Finding, event: AgentEvent): boolean {
    return this.exceptions.some(
      (ex) =>
        (!ex.detectors || ex.detectors.includes(detectorId)) &&
        (!ex.agent_ids || ex.agent_ids.includes(event.agent.id)) &&
        (!ex.agent_name_prefixes ||
          ex.agent_name_prefixes.some((p) => (event.agent.name ?? event.agent.id).startsWith(p))) &&
        (!ex.owners || (event.agent.owner !== undefined && ex.owners.includes(event.agent.owner))) &&
        (!ex.apis || ex.apis.includes(event.action.api)) &&
        (!ex.reasons || ex.reasons.includes(finding.reason)),
    );
  }
}

/**
 * Puts `id` in a full list of event ids in place of the latest id that is neither the first nor kept
 * (it raised the severity or brought news): what the alert is about stays named, and the repeats it
 * folded give way.
 */
function makeRoomFor(ids: string[], kept: ReadonlySet<string> | undefined, id: string): void {
  for (let i = ids.length - 1; i > 0; i--) {
    const candidate = ids[i];
    if (candidate !== undefined && kept?.has(candidate) !== true) {
      ids.splice(i, 1);
      ids.push(id);
      return;
    }
  }
}

/** The open-alert key of a finding: one alert per detector, agent, reason and finding key. */
function openKey(detectorId: string, agentId: string, reason: string, key: string): string {
  return `${detectorId}\u0000${agentId}\u0000${reason}\u0000${key}`;
}

/** Throws when `finding` carries a reason its detector did not declare or an unknown quarantine key. */
function breachOfContract(finding: Finding, reasons: ReadonlySet<string>): void {
  if (!reasons.has(finding.reason))
    throw new Error(
      `finding reason "${finding.reason}" is not among the declared reasons (${[...reasons].join(', ')})`,
    );
  for (const key of finding.quarantine ?? [])
    if (!isQuarantineKey(key)) throw new Error(`finding quarantines unknown key "${String(key)}"`);
}

/** A pattern an analyst called malicious alerts at least this high. */
const MALICIOUS_MIN_SCORE = 75;
/** What a malicious verdict keeps out of the baseline: the target and the call. */
const MALICIOUS_QUARANTINE = ['api', 'resource'] as const;

/** One severity step up, and never below high: the analyst has seen this pattern do harm. */
function raiseSeverity(severity: Severity): Severity {
  const rank = Math.max(SEVERITY_RANK.high, Math.min(SEVERITY_RANK.critical, SEVERITY_RANK[severity] + 1));
  return (Object.keys(SEVERITY_RANK) as Severity[]).find((s) => SEVERITY_RANK[s] === rank) ?? 'critical';
}
