import { readFileSync } from 'node:fs';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Alert } from '../../schemas/alert.js';
import { sinkSchema, type SinkConfigInput } from '../../schemas/sink-config.js';
import { silentLogger } from '../../src/logger.js';
import { createMetrics } from '../../src/metrics.js';
import { createSink } from '../../src/sinks/create-sinks.js';
import type { ReliableSink } from '../../src/sinks/reliable-sink.js';
import { ALERT } from '../formats/alert-fixture.js';
import {
  HttpReceiver,
  parseConcatenatedJson,
  verifyWebhookSignature,
  type ReceivedRequest,
} from '../support/http-receiver.js';
import { tempDir } from '../support/temp-dir.js';
import { waitFor } from '../support/wait-for.js';

const dir = tempDir('sink-http');
const metrics = createMetrics({ defaultMetrics: false });
const open: Array<{ close: () => Promise<void> }> = [];
const receivers: HttpReceiver[] = [];

afterEach(async () => {
  for (const o of open.splice(0)) await o.close();
  for (const r of receivers.splice(0)) await r.stop();
});
afterAll(() => dir.cleanup());

const TOKEN = '8a4f3c2e-hec-token';
const SECRET = 'a-webhook-secret-of-some-length';

function alerts(n: number, prefix: string): Alert[] {
  return Array.from({ length: n }, (_, i) => ({ ...ALERT, alert_id: `${prefix}-${i}` }));
}

function sink(input: SinkConfigInput): ReliableSink {
  const created = createSink(sinkSchema.parse(input), {
    metrics,
    logger: silentLogger(),
    deadLetterDir: `${dir.path}/dead-letter`,
  });
  open.push(created);
  return created;
}

async function receiver(...args: Parameters<typeof HttpReceiver.start>): Promise<HttpReceiver> {
  const r = await HttpReceiver.start(...args);
  receivers.push(r);
  return r;
}

/** A HEC that checks the token as Splunk does (401 without, 403 wrong) and refuses nothing else. */
const hec = (req: Omit<ReceivedRequest, 'status'>) => {
  if (req.path !== '/services/collector/event') return { status: 404, body: '{"text":"Not found"}' };
  const auth = req.headers.authorization;
  if (auth === undefined) return { status: 401, body: '{"text":"Token is required","code":2}' };
  if (auth !== `Splunk ${TOKEN}`) return { status: 403, body: '{"text":"Invalid token","code":4}' };
  return { status: 200, body: '{"text":"Success","code":0}' };
};

function hecEvents(requests: readonly ReceivedRequest[]): Array<{ event: Alert } & Record<string, unknown>> {
  return requests.flatMap(
    (r) =>
      parseConcatenatedJson(r.body.toString('utf8')) as Array<{ event: Alert } & Record<string, unknown>>,
  );
}

async function value(name: string, sinkName: string): Promise<number> {
  const metric = await metrics.registry.getSingleMetric(name)?.get();
  return metric?.values.find((v) => v.labels['sink'] === sinkName)?.value ?? 0;
}

function deadLetter(name: string): Array<Record<string, unknown> & { alert: Alert }> {
  return readFileSync(`${dir.path}/dead-letter/${name}.ndjson`, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown> & { alert: Alert });
}

describe('Splunk HEC sink', () => {
  it('POSTs batches of concatenated HEC events with the Splunk token', async () => {
    const splunk = await receiver(hec);
    const produced = alerts(40, 'hec');
    await sink({
      type: 'splunk_hec',
      name: 'hec',
      url: splunk.url,
      token: TOKEN,
      index: 'security',
      host: 'aw-test-host',
      batch: { max_alerts: 15 },
    }).send(produced);

    expect(splunk.requests.map((r) => [r.method, r.path, r.status])).toEqual(
      Array(3).fill(['POST', '/services/collector/event', 200]),
    );
    const events = hecEvents(splunk.requests);
    expect(events.map((e) => e.event.alert_id)).toEqual(produced.map((a) => a.alert_id));
    expect(events[0]).toMatchObject({
      host: 'aw-test-host',
      index: 'security',
      source: 'agentwatch',
      sourcetype: 'agentwatch:alert',
      time: Date.parse(ALERT.last_seen) / 1000,
      fields: { severity: 'high', detector: 'never-seen-api' },
    });
    expect(await value('agentwatch_sink_alerts_sent_total', 'hec')).toBe(40);
  });

  it('parks only the event HEC refuses (400), with the reason, and delivers the rest', async () => {
    const splunk = await receiver((req) =>
      req.body.toString().includes('"poison-')
        ? { status: 400, body: '{"text":"Invalid data format","code":6}' }
        : hec(req),
    );
    const produced = [...alerts(6, 'hec400'), { ...ALERT, alert_id: 'poison-1' }, ...alerts(3, 'hec400b')];
    await sink({ type: 'splunk_hec', name: 'hec-400', url: splunk.url, token: TOKEN }).send(produced);

    const delivered = hecEvents(splunk.accepted).map((e) => e.event.alert_id);
    expect(new Set(delivered)).toEqual(
      new Set(produced.map((a) => a.alert_id).filter((id) => id !== 'poison-1')),
    );
    const parked = deadLetter('hec-400');
    expect(parked).toHaveLength(1);
    expect(parked[0]).toMatchObject({ reason: 'rejected', sink: 'hec-400', alert: { alert_id: 'poison-1' } });
    expect(parked[0]?.['error']).toContain('HTTP 400');
    expect(await value('agentwatch_sink_alerts_dead_lettered_total', 'hec-400')).toBe(1);
  });

  it('retries 503 and a wrong token (403) until HEC accepts', async () => {
    let answers = 0;
    const splunk = await receiver((req) => {
      answers += 1;
      if (answers === 1)
        return { status: 503, body: '{"text":"Server is busy","code":9}', headers: { 'retry-after': '0' } };
      if (answers === 2) return hec({ ...req, headers: { ...req.headers, authorization: 'Splunk rotated' } });
      return hec(req);
    });
    await sink({
      type: 'splunk_hec',
      name: 'hec-retry',
      url: splunk.url,
      token: TOKEN,
      retry: { initial_backoff_ms: 20, max_backoff_ms: 50 },
    }).send(alerts(5, 'retry'));
    expect(splunk.requests.map((r) => r.status)).toEqual([503, 403, 200]);
    expect(await value('agentwatch_sink_retries_total', 'hec-retry')).toBe(2);
    expect(await value('agentwatch_sink_failures_total', 'hec-retry')).toBe(2);
  });
});

describe('webhook sink', () => {
  it('POSTs a JSON array signed with HMAC-SHA256 over timestamp and body', async () => {
    const hook = await receiver((req) =>
      verifyWebhookSignature(SECRET, req)
        ? { status: 204 }
        : { status: 401, body: '{"error":"bad signature"}' },
    );
    const produced = alerts(12, 'hook');
    await sink({
      type: 'webhook',
      name: 'hook',
      url: `${hook.url}/hooks/agentwatch?tenant=t1`,
      hmac: { secret: SECRET },
      headers: { 'x-tenant': 't1' },
      batch: { max_alerts: 5 },
    }).send(produced);

    expect(hook.requests.map((r) => r.status)).toEqual([204, 204, 204]);
    const first = hook.requests[0] as ReceivedRequest;
    expect(first.path).toBe('/hooks/agentwatch?tenant=t1');
    expect(first.headers['content-type']).toBe('application/json');
    expect(first.headers['x-tenant']).toBe('t1');
    expect(first.headers['x-agentwatch-signature']).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(verifyWebhookSignature('another-secret-entirely', first)).toBe(false);
    const bodies = hook.requests.map((r) => JSON.parse(r.body.toString()) as Alert[]);
    expect(bodies.map((b) => b.length)).toEqual([5, 5, 2]);
    expect(bodies.flat()).toEqual(produced);
  });

  it('POSTs NDJSON in the chosen format', async () => {
    const hook = await receiver(() => ({ status: 200 }));
    await sink({
      type: 'webhook',
      name: 'hook-ndjson',
      url: hook.url,
      encoding: 'ndjson',
      format: 'ocsf',
    }).send(alerts(3, 'nd'));
    const request = hook.requests[0] as ReceivedRequest;
    expect(request.headers['content-type']).toBe('application/x-ndjson');
    expect(request.headers['x-agentwatch-signature']).toBeUndefined();
    const lines = request.body.toString().trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(JSON.parse(lines[0] as string)).toMatchObject({ class_uid: 2004 });
  });

  it('loses nothing when the receiver is stopped and restarted mid-stream', async () => {
    const hook = await receiver(() => ({ status: 200 }));
    const produced = alerts(400, 'outage');
    const webhook = sink({
      type: 'webhook',
      name: 'hook-outage',
      url: hook.url,
      batch: { max_alerts: 7 },
      retry: { initial_backoff_ms: 20, max_backoff_ms: 100 },
      timeout_ms: 2000,
    });
    let resolvedSends = 0;
    let stopped: Promise<void> | undefined;
    const stream = (async () => {
      for (let i = 0; i < produced.length; i += 20) {
        if (i === 100) stopped = hook.stop();
        await webhook.send(produced.slice(i, i + 20));
        resolvedSends += 1;
      }
    })();
    stream.catch(() => undefined);
    try {
      await waitFor('the receiver to be stopped', () => stopped !== undefined, 10_000);
      await stopped;
      const atStop = resolvedSends;
      const retriesAtStop = await value('agentwatch_sink_retries_total', 'hook-outage');
      // Three refused attempts after the stop: the sink is holding a batch, not moving on.
      await waitFor(
        'three failed attempts while the receiver is down',
        async () => (await value('agentwatch_sink_retries_total', 'hook-outage')) >= retriesAtStop + 3,
        30_000,
      );
      expect(resolvedSends - atStop).toBeLessThanOrEqual(1);
    } finally {
      await hook.restart();
    }
    await stream;
    const ids = hook.accepted.flatMap((r) =>
      (JSON.parse(r.body.toString()) as Alert[]).map((a) => a.alert_id),
    );
    expect(new Set(ids)).toEqual(new Set(produced.map((a) => a.alert_id)));
    expect(await value('agentwatch_sink_alerts_dead_lettered_total', 'hook-outage')).toBe(0);
  });

  it('parks alerts in the dead letter once max_retry_ms has passed, then resumes delivery', async () => {
    const hook = await receiver(() => ({ status: 200 }));
    await hook.stop();
    const webhook = sink({
      type: 'webhook',
      name: 'hook-parked',
      url: hook.url,
      retry: { initial_backoff_ms: 20, max_backoff_ms: 50, max_retry_ms: 300 },
    });
    const started = Date.now();
    await webhook.send(alerts(4, 'parked'));
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    const parked = deadLetter('hook-parked');
    expect(parked.map((p) => [p['reason'], p['sink'], p.alert.alert_id])).toEqual(
      alerts(4, 'parked').map((a) => ['retry_exhausted', 'hook-parked', a.alert_id]),
    );
    expect(parked[0]?.['error']).toMatch(/ECONNREFUSED/);
    await hook.restart();
    await webhook.send(alerts(2, 'after'));
    expect(hook.accepted).toHaveLength(1);
    expect(deadLetter('hook-parked')).toHaveLength(4);
  });
});
