/**
 * Versioned schema migrations, applied in order and recorded in `schema_migrations`. Each statement
 * is idempotent (IF NOT EXISTS) so a crash between a statement and its record is harmless. `{db}`
 * is replaced by the configured database name (validated as an identifier).
 */
export interface Migration {
  version: number;
  name: string;
  statements: readonly string[];
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'events, alerts and baselines',
    statements: [
      `CREATE TABLE IF NOT EXISTS {db}.events (
        event_id String,
        ts DateTime64(3, 'UTC'),
        agent_id String,
        agent_name String,
        agent_type LowCardinality(String),
        agent_owner String,
        agent_vendor String,
        agent_team String,
        on_behalf_of_id String,
        on_behalf_of_type LowCardinality(String),
        delegation_chain Array(String),
        api String,
        service LowCardinality(String),
        category LowCardinality(String),
        parameters Map(String, String),
        resource_id String,
        resource_type LowCardinality(String),
        resource_sensitivity LowCardinality(String),
        outcome LowCardinality(String),
        task_id String,
        intent_description String,
        intent_scopes Array(String),
        credential_id String,
        credential_type String,
        credential_issued_at Nullable(DateTime64(3, 'UTC')),
        credential_expires_at Nullable(DateTime64(3, 'UTC')),
        session_id String,
        trace_id String,
        source_ip String,
        user_agent String,
        attributes Map(String, String),
        ingested_at DateTime64(3, 'UTC') DEFAULT now64(3)
      )
      ENGINE = ReplacingMergeTree
      PARTITION BY toDate(ts)
      ORDER BY (agent_id, ts, event_id)`,
      `CREATE TABLE IF NOT EXISTS {db}.alerts (
        alert_id String,
        schema_version LowCardinality(String),
        detector_id LowCardinality(String),
        detector_version UInt16,
        reason LowCardinality(String),
        severity LowCardinality(String),
        score UInt8,
        title String,
        description String,
        first_seen DateTime64(3, 'UTC'),
        last_seen DateTime64(3, 'UTC'),
        count UInt32,
        agent_id String,
        agent_name String,
        agent_type LowCardinality(String),
        agent_owner String,
        on_behalf_of_id String,
        delegation_chain Array(String),
        api String,
        service LowCardinality(String),
        category LowCardinality(String),
        resource_id String,
        resource_sensitivity LowCardinality(String),
        task_id String,
        event_ids Array(String),
        tags Array(String),
        evidence String,
        alert String,
        stored_at DateTime64(3, 'UTC') DEFAULT now64(3)
      )
      ENGINE = ReplacingMergeTree(count)
      PARTITION BY toYYYYMM(first_seen)
      ORDER BY alert_id`,
      `CREATE TABLE IF NOT EXISTS {db}.baselines (
        agent_id String,
        last_ts DateTime64(3, 'UTC'),
        state String,
        updated_at DateTime64(6, 'UTC') DEFAULT now64(6)
      )
      ENGINE = ReplacingMergeTree(updated_at)
      ORDER BY agent_id`,
    ],
  },
];
