import { randomUUID } from 'node:crypto';
import type { Consumer, Kafka } from 'kafkajs';
import type { DirectoryRecord, RegistryRecord } from '../../schemas/registry.js';
import type { DeadLetter } from '../dead-letter/dead-letter.js';
import type { RejectedRecord } from '../dead-letter/rejected-record.js';
import type { Logger } from '../logger.js';
import type { Metrics } from '../metrics.js';
import type { IdentityContext } from '../registry/identity-context.js';
import { applyIdentityRecord, parseIdentityRecord, type IdentityKind } from '../registry/identity-records.js';
import type { AgentwatchStore } from '../store/agentwatch-store.js';
import { saveDirectoryVersions, saveRegistryVersions } from '../store/identity-store.js';

/**
 * Follows a compacted Kafka topic of registry or directory records (keyed by agent, person or group
 * id; the value is the NDJSON record). Every instance reads the whole topic, from the beginning: its
 * consumer group is its own and commits nothing. `start` resolves once the records present at start
 * are applied (caught up with the high watermarks), so detection does not begin on an empty registry.
 * A bad record goes to the dead letter with its reason; a tombstone (null value) is ignored: a
 * registry says an agent is gone with `status: retired`.
 */
export class IdentityTopicSource {
  private consumer: Consumer | undefined;
  private readonly loadedAt = Date.now();

  constructor(
    private readonly o: {
      kafka: Kafka;
      topic: string;
      kind: IdentityKind;
      groupPrefix: string;
      identity: IdentityContext;
      deadLetter: DeadLetter<RejectedRecord>;
      store: AgentwatchStore | undefined;
      metrics: Metrics;
      logger: Logger;
      /** Longest wait for the catch-up at start; after it, detection starts with what was read. */
      catchUpMs?: number;
    },
  ) {}

  async start(): Promise<{ records: number; caughtUp: boolean }> {
    const { kafka, topic, kind, identity, logger } = this.o;
    identity.markLoaded({ registry: kind === 'registry', directory: kind === 'directory' });
    const admin = kafka.admin();
    await admin.connect();
    let targets: Map<number, bigint>;
    try {
      const offsets = await admin.fetchTopicOffsets(topic);
      targets = new Map(
        offsets
          .filter((o) => BigInt(o.high) > BigInt(o.low))
          .map((o) => [o.partition, BigInt(o.high) - 1n] as const),
      );
    } finally {
      await admin.disconnect();
    }
    let records = 0;
    let resolveCaughtUp: () => void = () => undefined;
    const caughtUp = new Promise<void>((resolve) => {
      resolveCaughtUp = resolve;
    });
    if (targets.size === 0) resolveCaughtUp();
    const consumer = kafka.consumer({ groupId: `${this.o.groupPrefix}.${kind}.${randomUUID()}` });
    this.consumer = consumer;
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      eachBatch: async (payload) => {
        const { batch } = payload;
        const applied: (RegistryRecord | DirectoryRecord)[] = [];
        const rejected: RejectedRecord[] = [];
        for (const message of batch.messages) {
          if (message.value === null) continue;
          const text = message.value.toString('utf8');
          const parsed = parseIdentityRecord(kind, text);
          if (parsed.ok) {
            applyIdentityRecord(identity, parsed);
            applied.push(parsed.record);
          } else
            rejected.push({
              reason: parsed.reason,
              error: `${kind} record: ${parsed.error}`,
              origin: { kind: 'kafka', topic, partition: batch.partition, offset: message.offset },
              raw: message.value,
            });
        }
        records += applied.length;
        if (rejected.length > 0) {
          await this.o.deadLetter.park(rejected);
          this.o.metrics.deadLetters.inc({ kind }, rejected.length);
        }
        this.o.metrics.identityRecords.inc({ input: kind, outcome: 'applied' }, applied.length);
        this.o.metrics.identityRecords.inc({ input: kind, outcome: 'rejected' }, rejected.length);
        if (this.o.store && applied.length > 0) {
          if (kind === 'registry')
            await saveRegistryVersions(this.o.store, applied as RegistryRecord[], this.loadedAt);
          else await saveDirectoryVersions(this.o.store, applied as DirectoryRecord[], this.loadedAt);
        }
        const target = targets.get(batch.partition);
        if (target !== undefined && BigInt(batch.lastOffset()) >= target) {
          targets.delete(batch.partition);
          if (targets.size === 0) resolveCaughtUp();
        }
        await payload.heartbeat();
      },
    });
    const timeoutMs = this.o.catchUpMs ?? 60_000;
    let timer: NodeJS.Timeout | undefined;
    const done = await Promise.race([
      caughtUp.then(() => true),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      }),
    ]);
    clearTimeout(timer);
    if (!done)
      logger.warn({ topic, records }, `${kind} topic not caught up after ${timeoutMs} ms; starting anyway`);
    else logger.info({ topic, records }, `${kind} topic loaded`);
    return { records, caughtUp: done };
  }

  async stop(): Promise<void> {
    const consumer = this.consumer;
    this.consumer = undefined;
    await consumer?.disconnect();
  }
}
