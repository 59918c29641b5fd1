import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Alert } from '../../schemas/alert.js';
import { silentLogger } from '../../src/logger.js';
import { createMetrics } from '../../src/metrics.js';
import { jsonFormat } from '../../src/formats/alert-formatter.js';
import { DeliveryError, type AlertTransport, type RenderedAlert } from '../../src/sinks/alert-transport.js';
import { ReliableSink, type ReliableSinkSettings } from '../../src/sinks/reliable-sink.js';
import type { DeadLetter } from '../../src/dead-letter/dead-letter.js';
import { FileDeadLetter } from '../../src/dead-letter/file-dead-letter.js';
import { parkedAlertCodec, type ParkedAlert } from '../../src/dead-letter/parked-alert.js';
import { ALERT } from '../formats/alert-fixture.js';
import { ManualScheduler, hasSettled } from '../support/manual-scheduler.js';
import { tempDir } from '../support/temp-dir.js';

const dirs: Array<{ cleanup: () => void }> = [];
afterEach(() => {
  for (const d of dirs.splice(0)) d.cleanup();
});

function alerts(n: number, prefix = 'a', severity: Alert['severity'] = 'high'): Alert[] {
  return Array.from({ length: n }, (_, i) => ({ ...ALERT, alert_id: `${prefix}-${i}`, severity }));
}

/** A transport whose behaviour each test scripts; it records every attempt and when it was made. */
class FakeTransport implements AlertTransport {
  readonly description = 'fake';
  readonly attempts: string[][] = [];
  /** Milliseconds after the scheduler's start of each attempt. */
  readonly attemptTimes: number[] = [];
  readonly delivered: string[] = [];
  /** Returns an error to throw for this attempt, or undefined to accept. */
  behaviour: (batch: readonly RenderedAlert[]) => Error | undefined | Promise<Error | undefined> = () =>
    undefined;
  closed = false;

  constructor(private readonly clock: ManualScheduler) {}

  async deliver(batch: readonly RenderedAlert[]): Promise<void> {
    this.attempts.push(batch.map((r) => r.alert.alert_id));
    this.attemptTimes.push(this.clock.now() - START);
    const error = await this.behaviour(batch);
    if (error) throw error;
    this.delivered.push(...batch.map((r) => r.alert.alert_id));
  }

  close(): Promise<void> {
    this.closed = true;
    return Promise.resolve();
  }
}

class MemoryDeadLetter implements DeadLetter<ParkedAlert> {
  readonly description = 'memory';
  readonly parked: ParkedAlert[] = [];
  failing = false;
  park(entries: readonly ParkedAlert[]): Promise<void> {
    if (this.failing) return Promise.reject(new Error('disk on fire'));
    this.parked.push(...entries);
    return Promise.resolve();
  }
  close(): Promise<void> {
    return Promise.resolve();
  }
}

const START = Date.parse('2026-01-05T09:00:00Z');

/** Settings whose backoff (with jitter fixed at 1) is 5, 10, 20, 20, ... ms of the manual clock. */
const FAST: ReliableSinkSettings = {
  batchMaxAlerts: 10,
  batchMaxBytes: 1_000_000,
  bufferMaxAlerts: 1000,
  drainTimeoutMs: 1000,
  initialBackoffMs: 5,
  maxBackoffMs: 20,
  maxRetryMs: 60_000,
  timeoutMs: 1000,
};

function setup(
  settings: Partial<ReliableSinkSettings> = {},
  deadLetter: DeadLetter<ParkedAlert> = new MemoryDeadLetter(),
) {
  const clock = new ManualScheduler(START);
  const transport = new FakeTransport(clock);
  const metrics = createMetrics({ defaultMetrics: false });
  const sink = new ReliableSink({
    name: 'test',
    transport,
    format: jsonFormat,
    minSeverity: 'medium',
    deadLetter,
    settings: { ...FAST, ...settings },
    metrics,
    logger: silentLogger(),
    random: () => 1,
    scheduler: clock,
  });
  const value = async (name: string): Promise<number> => {
    const metric = await metrics.registry.getSingleMetric(name)?.get();
    return metric?.values.find((v) => v.labels['sink'] === 'test')?.value ?? 0;
  };
  return { clock, transport, sink, metrics, value, deadLetter };
}

describe('ReliableSink', () => {
  it('batches by count and bytes, filters by min_severity, and resolves once delivered', async () => {
    const { transport, sink, value } = setup({ batchMaxAlerts: 4 });
    await sink.send([...alerts(10), ...alerts(3, 'low', 'low')]);
    expect(transport.delivered).toEqual(alerts(10).map((a) => a.alert_id));
    expect(transport.attempts.map((b) => b.length)).toEqual([4, 4, 2]);
    expect(await value('agentwatch_sink_alerts_sent_total')).toBe(10);

    const bytes = Buffer.byteLength(jsonFormat(alerts(1)[0] as Alert));
    const small = setup({ batchMaxBytes: bytes * 2 + 1 });
    await small.sink.send(alerts(5));
    expect(small.transport.attempts.map((b) => b.length)).toEqual([2, 2, 1]);
  });

  it('sends an alert larger than batch.max_bytes alone rather than never', async () => {
    const { transport, sink } = setup({ batchMaxBytes: 256 });
    await sink.send(alerts(2));
    expect(transport.attempts.map((b) => b.length)).toEqual([1, 1]);
  });

  it('does not resolve while the receiver fails, then delivers every alert when it comes back', async () => {
    const { clock, transport, sink, value } = setup();
    let down = true;
    transport.behaviour = () => (down ? new DeliveryError('connection refused') : undefined);
    const sending = sink.send(alerts(5));
    await clock.advance(100);
    expect(await hasSettled(sending)).toBe(false);
    // Exponential backoff from 5 ms, capped at 20 ms (jitter fixed at its maximum).
    expect(transport.attemptTimes).toEqual([0, 5, 15, 35, 55, 75, 95]);
    down = false;
    await clock.runUntil(sending);
    expect(transport.attemptTimes.at(-1)).toBe(115);
    expect(transport.delivered).toEqual(alerts(5).map((a) => a.alert_id));
    expect(await value('agentwatch_sink_retries_total')).toBe(transport.attempts.length - 1);
    expect(await value('agentwatch_sink_failures_total')).toBe(transport.attempts.length - 1);
    expect(await value('agentwatch_sink_buffer_alerts')).toBe(0);
  });

  it('splits a batch the receiver refuses and parks only the refused alert, with its reason', async () => {
    const dir = tempDir('sink-dl');
    dirs.push(dir);
    const path = `${dir.path}/nested/test.ndjson`;
    const { transport, sink, value } = setup({}, new FileDeadLetter(path, parkedAlertCodec));
    transport.behaviour = (batch) =>
      batch.some((r) => r.alert.alert_id === 'a-5')
        ? new DeliveryError('HTTP 400: invalid event', { retriable: false, contentRefused: true })
        : undefined;
    await sink.send(alerts(8));
    expect([...transport.delivered].sort()).toEqual(
      alerts(8)
        .map((a) => a.alert_id)
        .filter((id) => id !== 'a-5')
        .sort(),
    );
    const lines = readFileSync(path, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(1);
    const record = JSON.parse(lines[0] as string) as Record<string, unknown>;
    expect(record).toMatchObject({ reason: 'rejected', sink: 'test', alert: { alert_id: 'a-5' } });
    expect(record['error']).toContain('HTTP 400');
    expect(await value('agentwatch_sink_alerts_dead_lettered_total')).toBe(1);
    await sink.close();
  });

  it('parks a whole batch on a non-retriable transport error without splitting it', async () => {
    const dl = new MemoryDeadLetter();
    const { transport, sink } = setup({}, dl);
    transport.behaviour = () => new DeliveryError('stream is closed', { retriable: false });
    await sink.send(alerts(6));
    expect(transport.attempts).toHaveLength(1);
    expect(dl.parked.map((p) => p.reason)).toEqual(Array(6).fill('rejected'));
  });

  it('parks after max_retry_ms, then gives later batches one attempt each until the receiver is back', async () => {
    const dl = new MemoryDeadLetter();
    const { clock, transport, sink } = setup({ maxRetryMs: 80 }, dl);
    let down = true;
    transport.behaviour = () => (down ? new DeliveryError('connection refused') : undefined);
    await clock.runUntil(sink.send(alerts(3, 'first')));
    // The last backoff is cut to the time left, so the final attempt is at max_retry_ms exactly.
    expect(transport.attemptTimes).toEqual([0, 5, 15, 35, 55, 75, 80]);
    expect(clock.now() - START).toBe(80);
    expect(dl.parked.map((p) => [p.reason, p.alert.alert_id])).toEqual([
      ['retry_exhausted', 'first-0'],
      ['retry_exhausted', 'first-1'],
      ['retry_exhausted', 'first-2'],
    ]);
    const before = transport.attempts.length;
    await clock.runUntil(sink.send(alerts(2, 'second')));
    expect(transport.attempts.length).toBe(before + 1);
    expect(clock.now() - START).toBe(80);
    expect(dl.parked).toHaveLength(5);
    down = false;
    await clock.runUntil(sink.send(alerts(2, 'third')));
    expect(transport.delivered).toEqual(['third-0', 'third-1']);
    // Back to normal: a failure is retried again, not parked at once.
    let failOnce = true;
    transport.behaviour = () => {
      const error = failOnce ? new DeliveryError('blip') : undefined;
      failOnce = false;
      return error;
    };
    await clock.runUntil(sink.send(alerts(1, 'fourth')));
    expect(transport.delivered).toContain('fourth-0');
    expect(transport.attemptTimes.slice(-2)).toEqual([80, 85]);
    expect(dl.parked).toHaveLength(5);
  });

  it('applies backpressure: send waits while the buffer is full', async () => {
    const { clock, transport, sink, value } = setup({ bufferMaxAlerts: 3, batchMaxAlerts: 2 });
    let release: () => void = () => undefined;
    let gate = new Promise<void>((r) => (release = r));
    let maxDepth = 0;
    transport.behaviour = async () => {
      maxDepth = Math.max(maxDepth, sink.depth);
      await gate;
      return undefined;
    };
    const first = sink.send(alerts(3, 'x'));
    const second = sink.send(alerts(3, 'y'));
    await clock.settle();
    expect(sink.depth).toBe(3);
    expect(await value('agentwatch_sink_buffer_alerts')).toBe(3);
    expect(await hasSettled(second)).toBe(false);
    release();
    gate = Promise.resolve();
    await Promise.all([first, second]);
    expect(maxDepth).toBeLessThanOrEqual(3);
    expect(transport.delivered).toHaveLength(6);
  });

  it('rejects send when an alert can be neither delivered nor parked', async () => {
    const dl = new MemoryDeadLetter();
    dl.failing = true;
    const { clock, transport, sink } = setup({}, dl);
    transport.behaviour = () => new DeliveryError('bad', { retriable: false });
    await expect(clock.runUntil(sink.send(alerts(2)))).rejects.toThrow(/neither delivered .* nor parked/);
    // Five dead-letter writes, 200 + 400 + 800 + 1600 ms apart.
    expect(clock.now() - START).toBe(3000);
  });

  it('times out a hanging attempt and retries it', async () => {
    const { clock, transport, sink } = setup({ timeoutMs: 50 });
    let hang = true;
    transport.behaviour = () => {
      if (!hang) return undefined;
      hang = false;
      return new Promise<undefined>(() => undefined);
    };
    await clock.runUntil(sink.send(alerts(1)));
    // Given up at the 50 ms timeout, retried after the first backoff.
    expect(transport.attemptTimes).toEqual([0, 55]);
    expect(transport.delivered).toEqual(['a-0']);
  });

  it('on close, drains what it can and parks the rest with reason shutdown', async () => {
    const dl = new MemoryDeadLetter();
    const { clock, transport, sink } = setup({ drainTimeoutMs: 100 }, dl);
    transport.behaviour = () => new DeliveryError('connection refused');
    const sending = sink.send(alerts(4));
    await clock.advance(20);
    await clock.runUntil(sink.close());
    await sending;
    // Retried until the drain deadline (20 + 100 ms), then parked.
    expect(transport.attemptTimes).toEqual([0, 5, 15, 35, 55, 75, 95, 115, 120]);
    expect(dl.parked.map((p) => p.reason)).toEqual(Array(4).fill('shutdown'));
    expect(transport.closed).toBe(true);
    await expect(sink.send(alerts(1))).rejects.toThrow(/closed/);
  });

  it('parks an alert its formatter cannot render', async () => {
    const dl = new MemoryDeadLetter();
    const transport = new FakeTransport(new ManualScheduler(START));
    const sink = new ReliableSink({
      name: 'test',
      transport,
      format: (a) => {
        if (a.alert_id === 'a-1') throw new Error('cannot render');
        return jsonFormat(a);
      },
      minSeverity: 'informational',
      deadLetter: dl,
      settings: FAST,
      metrics: createMetrics({ defaultMetrics: false }),
      logger: silentLogger(),
    });
    await sink.send(alerts(3));
    expect(transport.delivered).toEqual(['a-0', 'a-2']);
    expect(dl.parked.map((p) => [p.reason, p.alert.alert_id])).toEqual([['render_failed', 'a-1']]);
  });
});
