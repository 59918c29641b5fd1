import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * Every metric agentwatch exports, declared in one place. Labels are bounded sets only
 * (source kind, reason code, detector id, severity, sink name): never an agent id.
 */
export function createMetrics(options: { defaultMetrics?: boolean } = {}) {
  const registry = new Registry();
  if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: registry });
  const registers = [registry];
  return {
    registry,
    eventsReceived: new Counter({
      name: 'agentwatch_events_received_total',
      help: 'Input records read from a source, valid or not.',
      labelNames: ['source'] as const,
      registers,
    }),
    eventsRejected: new Counter({
      name: 'agentwatch_events_rejected_total',
      help: 'Input records refused and sent to the dead letter, by reason.',
      labelNames: ['source', 'reason'] as const,
      registers,
    }),
    eventsStored: new Counter({
      name: 'agentwatch_events_stored_total',
      help: 'Events written to the events table.',
      registers,
    }),
    batchDuration: new Histogram({
      name: 'agentwatch_batch_duration_seconds',
      help: 'Time to process one input batch, by stage (process: detect and learn; store: ClickHouse insert; commit: sinks and offsets).',
      labelNames: ['stage'] as const,
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    alerts: new Counter({
      name: 'agentwatch_alerts_total',
      help: 'Alerts raised, by detector and the severity they were raised at (an escalation is counted apart).',
      labelNames: ['detector', 'severity'] as const,
      registers,
    }),
    alertEscalations: new Counter({
      name: 'agentwatch_alert_escalations_total',
      help: 'Open alerts sent again at a higher severity, by detector, the new severity and the one before (from).',
      labelNames: ['detector', 'severity', 'from'] as const,
      registers,
    }),
    alertUpdates: new Counter({
      name: 'agentwatch_alert_updates_total',
      help: 'Open alerts sent again before their window closed, by detector and cause: escalation (a higher severity), news (a person or target the alert did not cover), daily (the first repeat of a later day).',
      labelNames: ['detector', 'cause'] as const,
      registers,
    }),
    alertsSuppressed: new Counter({
      name: 'agentwatch_alerts_suppressed_total',
      help: 'Findings folded into an open alert (dedup) or dropped by an exception, by detector and reason.',
      labelNames: ['detector', 'reason'] as const,
      registers,
    }),
    detectorErrors: new Counter({
      name: 'agentwatch_detector_errors_total',
      help: 'Detector evaluations that threw; the event was still processed by the others.',
      labelNames: ['detector'] as const,
      registers,
    }),
    consumerLag: new Gauge({
      name: 'agentwatch_consumer_lag_messages',
      help: 'Messages between the committed-to-be offset and the high watermark, summed over partitions.',
      labelNames: ['topic'] as const,
      registers,
    }),
    deadLetters: new Counter({
      name: 'agentwatch_dead_letter_records_total',
      help: 'Records written to a dead letter, by kind (event or alert).',
      labelNames: ['kind'] as const,
      registers,
    }),
    storeWriteRetries: new Counter({
      name: 'agentwatch_store_write_retries_total',
      help: 'Checkpoint writes to ClickHouse that failed and were retried (input held meanwhile).',
      registers,
    }),
    baselinesEvicted: new Counter({
      name: 'agentwatch_baselines_evicted_total',
      help: 'Baselines written and dropped from memory above baseline.max_agents_in_memory (reloaded on sight).',
      registers,
    }),
    rebalances: new Counter({
      name: 'agentwatch_consumer_rebalances_total',
      help: 'Consumer group rebalances this instance went through (offsets committed and revoked state dropped first).',
      registers,
    }),
    trackedAgents: new Gauge({
      name: 'agentwatch_baseline_agents',
      help: 'Agents whose baseline is held in memory.',
      registers,
    }),
    identityAgents: new Gauge({
      name: 'agentwatch_identity_agents',
      help: 'Agents in the identity context: registered (latest registry versions) and seen (acting in events).',
      labelNames: ['kind'] as const,
      registers,
    }),
    identityRecords: new Counter({
      name: 'agentwatch_identity_records_total',
      help: 'Registry and directory records read, by input and outcome (applied or rejected to the dead letter).',
      labelNames: ['input', 'outcome'] as const,
      registers,
    }),
    cohortRefreshes: new Counter({
      name: 'agentwatch_cohort_refreshes_total',
      help: 'Refreshes of the cohort counts shared through ClickHouse (baseline.cohort_refresh_seconds), by outcome (ok, failed: the counts held are kept).',
      labelNames: ['outcome'] as const,
      registers,
    }),
    cohortRefreshDuration: new Histogram({
      name: 'agentwatch_cohort_refresh_duration_seconds',
      help: 'One cohort refresh: writing the changed members, waiting for earlier writes, reading every cohort total.',
      buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    cohortContributions: new Counter({
      name: 'agentwatch_cohort_contributions_written_total',
      help: 'Rows written to cohort_contributions (one per changed cohort member per write).',
      registers,
    }),
    cohortMembers: new Gauge({
      name: 'agentwatch_cohort_members',
      help: 'Members of every cohort as this instance sees them after the last refresh (every instance of the group, when shared).',
      registers,
    }),
    postureSweepDuration: new Histogram({
      name: 'agentwatch_posture_sweep_duration_seconds',
      help: 'Event-loop time of one posture sweep over every registered agent (sliced; the loop is given back every few ms).',
      buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers,
    }),
    sinkSent: new Counter({
      name: 'agentwatch_sink_alerts_sent_total',
      help: 'Alerts delivered by a sink.',
      labelNames: ['sink'] as const,
      registers,
    }),
    sinkFailed: new Counter({
      name: 'agentwatch_sink_failures_total',
      help: 'Failed delivery attempts by a sink.',
      labelNames: ['sink'] as const,
      registers,
    }),
    sinkRetried: new Counter({
      name: 'agentwatch_sink_retries_total',
      help: 'Delivery attempts by a sink that failed with a retriable error and were scheduled again.',
      labelNames: ['sink'] as const,
      registers,
    }),
    sinkDeadLettered: new Counter({
      name: 'agentwatch_sink_alerts_dead_lettered_total',
      help: 'Alerts a sink could not deliver (rejected, or retried past max_retry_ms) and parked in its dead letter.',
      labelNames: ['sink'] as const,
      registers,
    }),
    sinkBufferDepth: new Gauge({
      name: 'agentwatch_sink_buffer_alerts',
      help: 'Alerts waiting in a sink buffer or in flight; at the configured maximum, send() waits (backpressure).',
      labelNames: ['sink'] as const,
      registers,
    }),
    decisionsApplied: new Counter({
      name: 'agentwatch_decisions_applied_total',
      help: 'Findings an analyst decision applied to: allowed (benign/expected) or escalated (malicious), in the stream or in a check.',
      labelNames: ['verdict', 'effect', 'path'] as const,
      registers,
    }),
    checks: new Counter({
      name: 'agentwatch_checks_total',
      help: 'Inline checks answered (POST /v1/check), by decision.',
      labelNames: ['decision'] as const,
      registers,
    }),
    checksRefused: new Counter({
      name: 'agentwatch_checks_refused_total',
      help: 'Check API requests refused before a decision, by reason (unauthorized, rate_limited, busy, too_large, invalid_event).',
      labelNames: ['reason'] as const,
      registers,
    }),
    checkDuration: new Histogram({
      name: 'agentwatch_check_duration_seconds',
      help: 'Time from a complete check request body to its answer (baseline load included).',
      buckets: [0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5],
      registers,
    }),
    responseHookCalls: new Counter({
      name: 'agentwatch_response_hook_calls_total',
      help: 'Response hook calls recorded, by hook and outcome (delivered, dead_lettered).',
      labelNames: ['hook', 'outcome'] as const,
      registers,
    }),
  };
}

/** The metrics handle passed to components. */
export type Metrics = ReturnType<typeof createMetrics>;
