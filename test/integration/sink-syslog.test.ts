import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Alert, Severity } from '../../schemas/alert.js';
import { sinkSchema, type SinkConfigInput } from '../../schemas/sink-config.js';
import { SEVERITY_SCALES } from '../../src/formats/severity-scales.js';
import { silentLogger } from '../../src/logger.js';
import { createMetrics } from '../../src/metrics.js';
import { createSink } from '../../src/sinks/create-sinks.js';
import type { ReliableSink } from '../../src/sinks/reliable-sink.js';
import { ALERT, NASTY } from '../formats/alert-fixture.js';
import { RsyslogReceiver, type RsyslogInput, type RsyslogRecord } from '../support/rsyslog.js';
import { tempDir } from '../support/temp-dir.js';
import { generateTestCertificates, type TestCertificates } from '../support/tls-certs.js';
import { waitFor } from '../support/wait-for.js';

// A real rsyslogd (Debian package rsyslog + rsyslog-openssl) receives over UDP, TCP and TLS; the tests
// read back what the daemon parsed. Missing rsyslogd fails the file with the apt command to run.

const dir = tempDir('sink-syslog');
const metrics = createMetrics({ defaultMetrics: false });
let certs: TestCertificates;
let rsyslog: RsyslogReceiver;
const sinks: ReliableSink[] = [];

beforeAll(async () => {
  certs = generateTestCertificates(dir.path);
  rsyslog = await RsyslogReceiver.start(dir.path, certs);
});

afterAll(async () => {
  for (const sink of sinks) await sink.close();
  await rsyslog?.stop();
  dir.cleanup();
});

const SEVERITY_CYCLE: Severity[] = ['informational', 'low', 'medium', 'high', 'critical'];

function alerts(n: number, prefix: string): Alert[] {
  return Array.from({ length: n }, (_, i) => ({
    ...ALERT,
    alert_id: `${prefix}-${i}`,
    severity: SEVERITY_CYCLE[i % SEVERITY_CYCLE.length] as Severity,
    // Every third alert carries delimiters and multibyte text: octet counting must frame by UTF-8 bytes.
    title: i % 3 === 0 ? `${ALERT.title} ${NASTY}` : ALERT.title,
  }));
}

function syslogSink(protocol: RsyslogInput, format: 'syslog' | 'cef', name: string): ReliableSink {
  const input: SinkConfigInput = {
    type: 'syslog',
    name,
    protocol,
    format,
    host: '127.0.0.1',
    port: rsyslog.ports[protocol],
    hostname: 'aw-test-host',
    tls: { ca_file: certs.caFile },
    batch: { max_alerts: 25 },
    retry: { initial_backoff_ms: 50, max_backoff_ms: 250 },
    timeout_ms: 3000,
  };
  const sink = createSink(sinkSchema.parse(input), {
    metrics,
    logger: silentLogger(),
    deadLetterDir: `${dir.path}/dead-letter`,
  });
  sinks.push(sink);
  return sink;
}

function alertIdOf(record: RsyslogRecord): string | undefined {
  return /alert_id="([^"]+)"/.exec(record.structured_data)?.[1];
}

function receivedWith(input: RsyslogInput, prefix: string): RsyslogRecord[] {
  return rsyslog.records(input).filter((r) => alertIdOf(r)?.startsWith(`${prefix}-`));
}

async function value(name: string, sink: string): Promise<number> {
  const metric = await metrics.registry.getSingleMetric(name)?.get();
  return metric?.values.find((v) => v.labels['sink'] === sink)?.value ?? 0;
}

describe.each([
  ['tcp', 'syslog'],
  ['tcp', 'cef'],
  ['tls', 'syslog'],
  ['tls', 'cef'],
  ['udp', 'syslog'],
  ['udp', 'cef'],
] as const)('syslog over %s, format %s', (protocol, format) => {
  it('is parsed by rsyslog as RFC 5424: PRI, APP-NAME, MSGID, STRUCTURED-DATA and MSG', async () => {
    const prefix = `${protocol}-${format}`;
    const produced = alerts(30, prefix);
    const sink = syslogSink(protocol, format, prefix);
    await sink.send(produced);
    await waitFor(
      `${produced.length} messages at rsyslog`,
      () => receivedWith(protocol, prefix).length >= 30,
      10_000,
    );

    const records = receivedWith(protocol, prefix);
    expect(records).toHaveLength(produced.length);
    const byId = new Map(records.map((r) => [alertIdOf(r), r]));
    for (const alert of produced) {
      const record = byId.get(alert.alert_id);
      expect(record, alert.alert_id).toBeDefined();
      if (!record) continue;
      // Facility 13 (log audit) * 8 + the syslog severity of the alert's level.
      expect(record.pri).toBe(String(13 * 8 + SEVERITY_SCALES[alert.severity].syslog));
      expect(record.hostname).toBe('aw-test-host');
      expect(record.app_name).toBe('agentwatch');
      expect(record.msgid).toBe('api_first_seen');
      expect(record.structured_data).toMatch(
        /^\[agentwatch@32473 alert_id="[^"]+" detector="never-seen-api" /,
      );
      expect(record.structured_data).toContain(`severity="${alert.severity}"`);
      if (format === 'cef') {
        // RFC 5424 section 6.4: a non-ASCII MSG starts with the UTF-8 BOM, which rsyslog keeps.
        expect(record.msg.replace(/^\uFEFF/, '')).toMatch(/^CEF:0\|/);
        expect(record.msg).toContain(`externalId=${alert.alert_id}`);
      } else {
        expect(record.msg).toContain(alert.title.slice(0, 40));
        expect(record.msg).toContain(' -- Agent invoice-bot-3');
      }
    }
    expect(records.filter((r) => r.msg.includes('東京'))).toHaveLength(10);
    expect(await value('agentwatch_sink_alerts_sent_total', prefix)).toBe(30);
  });
});

describe.each(['tcp', 'tls'] as const)('syslog over %s while rsyslog restarts', (protocol) => {
  it('holds send until the daemon is back, then every alert arrives (same alert ids; tls may lose the batch in flight at the stop)', async () => {
    const prefix = `outage-${protocol}`;
    const produced = alerts(300, prefix);
    const sink = syslogSink(protocol, 'syslog', prefix);
    let resolvedSends = 0;
    let stopped: Promise<void> | undefined;
    // Sends of 10, like pipeline batches; the daemon is stopped while the stream is in flight.
    const stream = (async () => {
      for (let i = 0; i < produced.length; i += 10) {
        if (i === 100) stopped = rsyslog.stop();
        await sink.send(produced.slice(i, i + 10));
        resolvedSends += 1;
      }
    })();
    stream.catch(() => undefined);
    try {
      await waitFor('the daemon to be stopped', () => stopped !== undefined, 10_000);
      await stopped;
      const resolvedAtStop = resolvedSends;
      const retriesAtStop = await value('agentwatch_sink_retries_total', prefix);
      // Three refused attempts after the stop: the sink is holding a batch, not moving on.
      await waitFor(
        'three failed attempts while the daemon is down',
        async () => (await value('agentwatch_sink_retries_total', prefix)) >= retriesAtStop + 3,
        30_000,
      );
      // Only a send whose batch the daemon confirmed before stopping may complete; then nothing until it is back.
      expect(resolvedSends - resolvedAtStop).toBeLessThanOrEqual(1);
      expect(resolvedSends).toBeLessThan(30);
    } finally {
      await rsyslog.restart();
    }
    await stream;

    // Every send resolved, so every alert was written to a connection; rsyslog may still be
    // writing them out after its restart on a busy machine.
    const arrived = () => new Set(receivedWith(protocol, prefix).map(alertIdOf));
    await waitFor(
      'every alert at rsyslog',
      () => arrived().size >= 300,
      protocol === 'tcp' ? 30_000 : 10_000,
    ).catch((error: unknown) => {
      // TLS: a daemon shutting down sends close_notify even with our batch unread, and that looks
      // like the close that confirms a batch (src/sinks/README.md): the one batch in flight at the
      // stop may be lost. Checked below; anything more fails.
      if (protocol === 'tcp' || arrived().size < 290)
        throw new Error(
          `${error instanceof Error ? error.message : String(error)} (${arrived().size} of 300 arrived)`,
        );
    });
    const got = arrived();
    const missing = produced.map((a, i) => (got.has(a.alert_id) ? -1 : i)).filter((i) => i >= 0);
    if (protocol === 'tcp') expect(missing).toEqual([]);
    else if (missing.length > 0) {
      // At most one send of 10, one of those around the stop (it began before the 11th send).
      const sends = new Set(missing.map((i) => Math.floor(i / 10)));
      expect(sends.size).toBe(1);
      const [send] = [...sends];
      expect(send).toBeGreaterThanOrEqual(8);
      expect(send).toBeLessThanOrEqual(12);
    }
    const ids = receivedWith(protocol, prefix).map(alertIdOf);
    expect(new Set(ids).size).toBe(produced.length - missing.length);
    expect(await value('agentwatch_sink_alerts_dead_lettered_total', prefix)).toBe(0);
  });
});
