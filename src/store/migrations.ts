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
  {
    version: 2,
    name: 'analyst views: agent inventory, baselines, audit trail, enriched alerts',
    statements: [
      `CREATE OR REPLACE VIEW {db}.agent_inventory AS
      SELECT
        e.agent_id AS agent_id,
        argMaxIf(e.agent_name, e.ts, e.agent_name != '') AS agent_name,
        argMaxIf(e.agent_type, e.ts, e.agent_type != '') AS agent_type,
        argMaxIf(e.agent_owner, e.ts, e.agent_owner != '') AS agent_owner,
        argMaxIf(e.agent_vendor, e.ts, e.agent_vendor != '') AS agent_vendor,
        argMaxIf(e.agent_team, e.ts, e.agent_team != '') AS agent_team,
        countIf(e.agent_owner != '') = 0 AS no_owner,
        arrayFilter(u -> u != '', groupUniqArray(100)(e.on_behalf_of_id)) AS acts_for,
        uniqExact(e.api) AS api_count,
        groupUniqArray(100)(e.api) AS apis,
        min(e.ts) AS first_seen,
        max(e.ts) AS last_seen,
        count() AS events,
        any(a.alerts) AS alerts,
        any(a.alerts_high) AS alerts_high_or_critical,
        any(a.last_alert) AS last_alert
      FROM {db}.events AS e FINAL
      LEFT JOIN (
        SELECT agent_id, count() AS alerts, countIf(severity IN ('high', 'critical')) AS alerts_high, max(last_seen) AS last_alert
        FROM {db}.alerts FINAL
        GROUP BY agent_id
      ) AS a ON a.agent_id = e.agent_id
      GROUP BY e.agent_id`,
      `CREATE OR REPLACE VIEW {db}.agent_baselines AS
      SELECT
        agent_id,
        last_ts,
        JSONExtractString(state, 'profile', 'owner') AS owner,
        JSONExtractString(state, 'profile', 'type') AS agent_type,
        JSONExtractString(state, 'profile', 'timezone') AS timezone,
        JSONExtractUInt(state, 'events') AS events,
        JSONExtractUInt(state, 'active_days') AS active_days,
        toDateTime64(JSONExtractUInt(state, 'first') / 1000, 3, 'UTC') AS first_event,
        arrayMap(x -> JSONExtractString(x, 1), JSONExtractArrayRaw(state, 'apis')) AS apis,
        arrayMap(x -> JSONExtractString(x, 1), arrayFilter(x -> JSONExtractInt(x, 7) >= 0, JSONExtractArrayRaw(state, 'apis'))) AS apis_in_quarantine,
        arrayMap(x -> JSONExtractString(x, 1), JSONExtractArrayRaw(state, 'resources')) AS resources,
        arrayMap(x -> JSONExtractString(x, 1), JSONExtractArrayRaw(state, 'tasks')) AS tasks,
        arrayMap(x -> JSONExtractString(x, 1), JSONExtractArrayRaw(state, 'users')) AS users,
        arrayMap(x -> JSONExtractUInt(x, 1), JSONExtractArrayRaw(state, 'hour_counts')) AS active_hours_of_week,
        saved_at
      FROM (
        SELECT agent_id, argMax(last_ts, updated_at) AS last_ts, argMax(state, updated_at) AS state, max(updated_at) AS saved_at
        FROM {db}.baselines
        GROUP BY agent_id
      )`,
      `CREATE OR REPLACE VIEW {db}.audit_trail AS
      SELECT
        e.ts AS ts,
        e.event_id AS event_id,
        if(e.on_behalf_of_id = '', '(autonomous)', e.on_behalf_of_id) AS requested_by,
        e.on_behalf_of_type AS requester_type,
        e.delegation_chain AS delegation_chain,
        e.agent_id AS agent_id,
        e.agent_name AS agent_name,
        e.agent_owner AS agent_owner,
        e.api AS api,
        e.service AS service,
        e.category AS category,
        e.resource_id AS resource_id,
        e.resource_sensitivity AS resource_sensitivity,
        e.task_id AS task_id,
        e.intent_description AS intent,
        e.outcome AS outcome,
        e.credential_id AS credential_id,
        e.trace_id AS trace_id,
        a.alert_ids AS alert_ids
      FROM {db}.events AS e FINAL
      LEFT JOIN (
        SELECT event_id, groupArray(alert_id) AS alert_ids
        FROM (SELECT alert_id, arrayJoin(event_ids) AS event_id FROM {db}.alerts FINAL)
        GROUP BY event_id
      ) AS a ON a.event_id = e.event_id`,
      `CREATE OR REPLACE VIEW {db}.alerts_enriched AS
      SELECT
        a.alert_id AS alert_id,
        a.first_seen AS first_seen,
        a.last_seen AS last_seen,
        a.severity AS severity,
        a.score AS score,
        a.detector_id AS detector_id,
        a.reason AS reason,
        a.title AS title,
        a.agent_id AS agent_id,
        a.agent_name AS agent_name,
        a.agent_type AS agent_type,
        if(a.agent_owner = '', '(no owner on record)', a.agent_owner) AS owner,
        if(a.on_behalf_of_id = '', '(autonomous)', a.on_behalf_of_id) AS on_behalf_of,
        a.delegation_chain AS delegation_chain,
        a.api AS api,
        a.resource_id AS resource_id,
        a.task_id AS task_id,
        a.count AS count,
        a.event_ids AS event_ids,
        a.tags AS tags,
        a.description AS description
      FROM {db}.alerts AS a FINAL`,
    ],
  },
  {
    version: 3,
    name: 'event ingestion as JSON parsed by ClickHouse (events_ingest -> events)',
    statements: [
      // Rows arrive as the validated event's JSON and ClickHouse flattens them: encoding rows in
      // JavaScript cost ~7 us per event on the pipeline's only thread (profiles, issue 5).
      `CREATE TABLE IF NOT EXISTS {db}.events_ingest (raw String) ENGINE = Null`,
      `CREATE MATERIALIZED VIEW IF NOT EXISTS {db}.events_ingest_mv TO {db}.events AS
      WITH JSONExtract(raw, 'Tuple(event_id String, ts Int64, agent Tuple(id String, name String, type String, owner String, vendor String, team String), on_behalf_of Tuple(id String, type String), delegation_chain Array(String), action Tuple(api String, service String, category String, parameters Map(String, String)), resource Tuple(id String, type String, sensitivity String), outcome String, intent Tuple(task_id String, description String, scopes Array(String)), credential Tuple(id String, type String, issued_at Nullable(Int64), expires_at Nullable(Int64)), session_id String, trace_id String, source_ip String, user_agent String, attributes Map(String, String))') AS e
      SELECT
        e.event_id AS event_id,
        fromUnixTimestamp64Milli(e.ts, 'UTC') AS ts,
        e.agent.id AS agent_id,
        e.agent.name AS agent_name,
        e.agent.type AS agent_type,
        e.agent.owner AS agent_owner,
        e.agent.vendor AS agent_vendor,
        e.agent.team AS agent_team,
        e.on_behalf_of.id AS on_behalf_of_id,
        e.on_behalf_of.type AS on_behalf_of_type,
        e.delegation_chain AS delegation_chain,
        e.action.api AS api,
        e.action.service AS service,
        e.action.category AS category,
        e.action.parameters AS parameters,
        e.resource.id AS resource_id,
        e.resource.type AS resource_type,
        e.resource.sensitivity AS resource_sensitivity,
        e.outcome AS outcome,
        e.intent.task_id AS task_id,
        e.intent.description AS intent_description,
        e.intent.scopes AS intent_scopes,
        e.credential.id AS credential_id,
        e.credential.type AS credential_type,
        fromUnixTimestamp64Milli(e.credential.issued_at, 'UTC') AS credential_issued_at,
        fromUnixTimestamp64Milli(e.credential.expires_at, 'UTC') AS credential_expires_at,
        e.session_id AS session_id,
        e.trace_id AS trace_id,
        e.source_ip AS source_ip,
        e.user_agent AS user_agent,
        e.attributes AS attributes
      FROM {db}.events_ingest`,
    ],
  },
  {
    version: 4,
    name: 'agent_baselines reads the v2 baseline state (parallel columns) as well as v1',
    statements: [
      `CREATE OR REPLACE VIEW {db}.agent_baselines AS
      SELECT
        agent_id,
        last_ts,
        JSONExtractString(state, 'profile', 'owner') AS owner,
        JSONExtractString(state, 'profile', 'type') AS agent_type,
        JSONExtractString(state, 'profile', 'timezone') AS timezone,
        JSONExtractUInt(state, 'events') AS events,
        JSONExtractUInt(state, 'active_days') AS active_days,
        toDateTime64(JSONExtractUInt(state, 'first') / 1000, 3, 'UTC') AS first_event,
        if(JSONExtractUInt(state, 'v') >= 2,
          JSONExtract(state, 'apis', 'value', 'Array(String)'),
          arrayMap(x -> JSONExtractString(x, 1), JSONExtractArrayRaw(state, 'apis'))) AS apis,
        if(JSONExtractUInt(state, 'v') >= 2,
          arrayFilter((a, q) -> q >= 0, JSONExtract(state, 'apis', 'value', 'Array(String)'), JSONExtract(state, 'apis', 'quarantine', 'Array(Int64)')),
          arrayMap(x -> JSONExtractString(x, 1), arrayFilter(x -> JSONExtractInt(x, 7) >= 0, JSONExtractArrayRaw(state, 'apis')))) AS apis_in_quarantine,
        if(JSONExtractUInt(state, 'v') >= 2,
          JSONExtract(state, 'resources', 'value', 'Array(String)'),
          arrayMap(x -> JSONExtractString(x, 1), JSONExtractArrayRaw(state, 'resources'))) AS resources,
        if(JSONExtractUInt(state, 'v') >= 2,
          JSONExtract(state, 'tasks', 'key', 'Array(String)'),
          arrayMap(x -> JSONExtractString(x, 1), JSONExtractArrayRaw(state, 'tasks'))) AS tasks,
        if(JSONExtractUInt(state, 'v') >= 2,
          JSONExtract(state, 'users', 'key', 'Array(String)'),
          arrayMap(x -> JSONExtractString(x, 1), JSONExtractArrayRaw(state, 'users'))) AS users,
        if(JSONExtractUInt(state, 'v') >= 2,
          JSONExtract(state, 'hour_counts', 'hour', 'Array(UInt64)'),
          arrayMap(x -> JSONExtractUInt(x, 1), JSONExtractArrayRaw(state, 'hour_counts'))) AS active_hours_of_week,
        saved_at
      FROM (
        SELECT agent_id, argMax(last_ts, updated_at) AS last_ts, argMax(state, updated_at) AS state, max(updated_at) AS saved_at
        FROM {db}.baselines
        GROUP BY agent_id
      )`,
    ],
  },
  {
    version: 5,
    name: 'agent_baselines reads the v3 baseline state (word array and string list) as well as v1 and v2',
    statements: [
      // v3 keeps its tables in a binary word array; the plain fields beside it are what this view
      // reads: `strings` begins with the APIs, resources, task keys and user keys (`counts` of each).
      `CREATE OR REPLACE VIEW {db}.agent_baselines AS
      SELECT
        agent_id,
        last_ts,
        JSONExtractString(state, 'profile', 'owner') AS owner,
        JSONExtractString(state, 'profile', 'type') AS agent_type,
        JSONExtractString(state, 'profile', 'timezone') AS timezone,
        JSONExtractUInt(state, 'events') AS events,
        JSONExtractUInt(state, 'active_days') AS active_days,
        toDateTime64(JSONExtractUInt(state, 'first') / 1000, 3, 'UTC') AS first_event,
        multiIf(v >= 3, arraySlice(strings, 1, counts[1]),
          v = 2, JSONExtract(state, 'apis', 'value', 'Array(String)'),
          arrayMap(x -> JSONExtractString(x, 1), JSONExtractArrayRaw(state, 'apis'))) AS apis,
        multiIf(v >= 3, arrayMap(i -> strings[i + 1], JSONExtract(state, 'quarantined', 'Array(UInt64)')),
          v = 2, arrayFilter((a, q) -> q >= 0, JSONExtract(state, 'apis', 'value', 'Array(String)'), JSONExtract(state, 'apis', 'quarantine', 'Array(Int64)')),
          arrayMap(x -> JSONExtractString(x, 1), arrayFilter(x -> JSONExtractInt(x, 7) >= 0, JSONExtractArrayRaw(state, 'apis')))) AS apis_in_quarantine,
        multiIf(v >= 3, arraySlice(strings, counts[1] + 1, counts[2]),
          v = 2, JSONExtract(state, 'resources', 'value', 'Array(String)'),
          arrayMap(x -> JSONExtractString(x, 1), JSONExtractArrayRaw(state, 'resources'))) AS resources,
        multiIf(v >= 3, arraySlice(strings, counts[1] + counts[2] + 1, counts[3]),
          v = 2, JSONExtract(state, 'tasks', 'key', 'Array(String)'),
          arrayMap(x -> JSONExtractString(x, 1), JSONExtractArrayRaw(state, 'tasks'))) AS tasks,
        multiIf(v >= 3, arraySlice(strings, counts[1] + counts[2] + counts[3] + 1, counts[4]),
          v = 2, JSONExtract(state, 'users', 'key', 'Array(String)'),
          arrayMap(x -> JSONExtractString(x, 1), JSONExtractArrayRaw(state, 'users'))) AS users,
        multiIf(v >= 3, JSONExtract(state, 'active_hours', 'Array(UInt64)'),
          v = 2, JSONExtract(state, 'hour_counts', 'hour', 'Array(UInt64)'),
          arrayMap(x -> JSONExtractUInt(x, 1), JSONExtractArrayRaw(state, 'hour_counts'))) AS active_hours_of_week,
        saved_at
      FROM (
        SELECT agent_id, last_ts, state, saved_at,
          JSONExtractUInt(state, 'v') AS v,
          JSONExtract(state, 'strings', 'Array(String)') AS strings,
          JSONExtract(state, 'counts', 'Array(UInt64)') AS counts
        FROM (
          SELECT agent_id, argMax(last_ts, updated_at) AS last_ts, argMax(state, updated_at) AS state, max(updated_at) AS saved_at
          FROM {db}.baselines
          GROUP BY agent_id
        )
      )`,
    ],
  },
  {
    version: 10,
    name: 'identity context: agent_registry and people, versioned (a change is a new row)',
    statements: [
      // One row per distinct version of a record: the same record loaded again collapses into its
      // row (same hash), a changed one is a new row. The current state is the latest version_at.
      `CREATE TABLE IF NOT EXISTS {db}.agent_registry (
        agent_id String,
        version_at DateTime64(3, 'UTC'),
        record_hash String,
        name String,
        agent_type LowCardinality(String),
        owner String,
        approved_by String,
        approved_at Nullable(DateTime64(3, 'UTC')),
        review_every_days UInt32,
        scopes_granted Array(String),
        credentials String,
        status LowCardinality(String),
        record String,
        loaded_at DateTime64(3, 'UTC') DEFAULT now64(3)
      )
      ENGINE = ReplacingMergeTree(loaded_at)
      ORDER BY (agent_id, record_hash)`,
      `CREATE TABLE IF NOT EXISTS {db}.people (
        kind LowCardinality(String),
        id String,
        version_at DateTime64(3, 'UTC'),
        record_hash String,
        name String,
        status LowCardinality(String),
        manager String,
        groups Array(String),
        scopes Array(String),
        record String,
        loaded_at DateTime64(3, 'UTC') DEFAULT now64(3)
      )
      ENGINE = ReplacingMergeTree(loaded_at)
      ORDER BY (kind, id, record_hash)`,
      `CREATE OR REPLACE VIEW {db}.agent_registry_current AS
      SELECT
        agent_id,
        argMax(name, version_at) AS name,
        argMax(agent_type, version_at) AS agent_type,
        argMax(owner, version_at) AS owner,
        argMax(approved_by, version_at) AS approved_by,
        argMax(approved_at, version_at) AS approved_at,
        argMax(review_every_days, version_at) AS review_every_days,
        argMax(scopes_granted, version_at) AS scopes_granted,
        argMax(credentials, version_at) AS credentials,
        argMax(status, version_at) AS status,
        max(version_at) AS current_since,
        count() AS versions
      FROM {db}.agent_registry FINAL
      GROUP BY agent_id`,
      `CREATE OR REPLACE VIEW {db}.people_current AS
      SELECT
        kind,
        id,
        argMax(name, version_at) AS name,
        argMax(status, version_at) AS status,
        argMax(manager, version_at) AS manager,
        argMax(groups, version_at) AS groups,
        argMax(scopes, version_at) AS scopes,
        max(version_at) AS current_since,
        count() AS versions
      FROM {db}.people FINAL
      GROUP BY kind, id`,
    ],
  },
  {
    version: 20,
    name: 'analyst decisions (audit trail) and response hook calls',
    statements: [
      // Append-only: a decision is never changed, a new one is recorded. Who, when (wall clock), why,
      // and what it covers until when (event time): "who approved this" answered for alerts too.
      `CREATE TABLE IF NOT EXISTS {db}.decisions (
        decision_id String,
        alert_id String,
        verdict LowCardinality(String),
        scope LowCardinality(String),
        detector_id LowCardinality(String),
        reason_code LowCardinality(String),
        agent_id String,
        api String,
        resource_id String,
        task_kind String,
        valid_from DateTime64(3, 'UTC'),
        expires_at Nullable(DateTime64(3, 'UTC')),
        decided_by String,
        decided_at DateTime64(3, 'UTC'),
        rationale String
      )
      ENGINE = MergeTree
      ORDER BY (alert_id, decided_at, decision_id)`,
      `CREATE TABLE IF NOT EXISTS {db}.response_calls (
        hook String,
        alert_id String,
        agent_id String,
        severity LowCardinality(String),
        action LowCardinality(String),
        url String,
        outcome LowCardinality(String),
        error String,
        called_at DateTime64(3, 'UTC')
      )
      ENGINE = MergeTree
      ORDER BY (called_at, alert_id)`,
    ],
  },
  {
    version: 21,
    name: 'cohort contributions shared by the instances of a consumer group',
    statements: [
      // One row per agent (the key is the agent id, not the cohort: an agent that moved between
      // instances, or to another cohort, counts once, as its latest write says). The latest write
      // wins, as in the baselines table it is written with. Arrays keep a member's APIs, its
      // (task key, API) pairs with whether each is established, and its sparse hour-of-week profile.
      `CREATE TABLE IF NOT EXISTS {db}.cohort_contributions (
        agent_id String,
        cohort_key String,
        apis Array(String),
        api_established Array(UInt8),
        task_keys Array(String),
        task_apis Array(String),
        task_established Array(UInt8),
        hour_slots Array(UInt8),
        hour_counts Array(UInt32),
        updated_at DateTime64(6, 'UTC') DEFAULT now64(6)
      )
      ENGINE = ReplacingMergeTree(updated_at)
      ORDER BY agent_id`,
    ],
  },
];
