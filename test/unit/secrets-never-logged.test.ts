import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveSecret } from '../../src/config/config-secrets.js';
import { loadConfig } from '../../src/config/load-config.js';
import { createLogger } from '../../src/logger.js';
import { createMetrics } from '../../src/metrics.js';
import { createSinks } from '../../src/sinks/create-sinks.js';
import { HttpTransport, hecRequestBuilder, webhookRequestBuilder } from '../../src/sinks/http-transport.js';
import { ALERT } from '../formats/alert-fixture.js';
import { HttpReceiver } from '../support/http-receiver.js';
import { tempDir } from '../support/temp-dir.js';

const dir = tempDir('secrets');
afterAll(() => {
  dir.cleanup();
  delete process.env['TEST_WEBHOOK_HMAC'];
});

const HEC_TOKEN = 'hec-token-from-file-42';
const HMAC_SECRET = 'hmac-secret-from-env-0123456789';
const HEADER_TOKEN = 'hdr-token-77';
const STORE_PASSWORD = 'store-pw-from-env-5';
const URL_PASSWORD = 'url-pw-99';
const ALL = [HEC_TOKEN, HMAC_SECRET, HEADER_TOKEN, STORE_PASSWORD, URL_PASSWORD];

function captureLogger() {
  const lines: string[] = [];
  return { lines, logger: createLogger('debug', { write: (line: string) => void lines.push(line) }) };
}

describe('secrets from config, environment or files are never logged', () => {
  const tokenFile = join(dir.path, 'hec.token');
  writeFileSync(tokenFile, `${HEC_TOKEN}\n`);
  const configFile = join(dir.path, 'config.json');
  writeFileSync(
    configFile,
    JSON.stringify({
      store: { clickhouse_url: `http://agentwatch:${URL_PASSWORD}@127.0.0.1:1/` },
      sinks: [
        { type: 'splunk_hec', name: 'hec', url: 'http://127.0.0.1:1', token_file: tokenFile },
        {
          type: 'webhook',
          name: 'hook',
          url: 'http://127.0.0.1:1/hook',
          headers: { Authorization: `Bearer ${HEADER_TOKEN}` },
          hmac: { secret_env: 'TEST_WEBHOOK_HMAC' },
        },
      ],
    }),
  );
  const env = { TEST_WEBHOOK_HMAC: HMAC_SECRET, AGENTWATCH_CLICKHOUSE_PASSWORD: STORE_PASSWORD };
  // createSinks reads the sink's variable from the process environment, as `run` does.
  process.env['TEST_WEBHOOK_HMAC'] = HMAC_SECRET;

  it('the loaded configuration, errors and sink construction show none of them in the log', () => {
    const config = loadConfig({ file: configFile, env });
    expect(config.store.password).toBe(STORE_PASSWORD);
    const { lines, logger } = captureLogger();
    const sinks = createSinks(
      config.sinks.map((s) => ({ ...s })),
      { metrics: createMetrics({ defaultMetrics: false }), logger, deadLetterDir: dir.path },
    );
    expect(sinks).toHaveLength(2);
    logger.info({ config }, 'configuration');
    logger.error(
      { err: new Error(`login failed with ${STORE_PASSWORD} for ${config.store.clickhouse_url}`) },
      'store',
    );
    logger.warn(`token ${HEC_TOKEN} rejected; hmac ${JSON.stringify(HMAC_SECRET)}`);
    const output = lines.join('');
    expect(output).toContain('configuration');
    expect(output).toContain('[SECRET]');
    for (const secret of ALL) expect(output, secret).not.toContain(secret);
  });

  it('a receiver echoing the credentials: the error and its log line carry none', async () => {
    loadConfig({ file: configFile, env });
    const receiver = await HttpReceiver.start((request) => ({
      status: 401,
      body: `invalid credentials: ${String(request.headers['authorization'])} token=${HEC_TOKEN} x-api-key: abcd1234efgh`,
    }));
    const { lines, logger } = captureLogger();
    try {
      const rendered = [{ alert: ALERT, payload: JSON.stringify(ALERT), bytes: 10 }];
      for (const build of [
        hecRequestBuilder(HEC_TOKEN),
        webhookRequestBuilder({
          encoding: 'ndjson',
          headers: { Authorization: `Bearer ${HEADER_TOKEN}`, 'X-Api-Key': 'abcd1234efgh' },
          hmac: null,
        }),
      ]) {
        const transport = new HttpTransport({ kind: 'test', url: new URL(`${receiver.url}/x`), build });
        try {
          const error = await transport.deliver(rendered, new AbortController().signal).then(
            () => undefined,
            (e: unknown) => e as Error,
          );
          expect(error?.message).toMatch(/HTTP 401: invalid credentials/);
          for (const secret of [...ALL, 'abcd1234efgh']) expect(error?.message, secret).not.toContain(secret);
          logger.warn({ err: error }, 'sink delivery failed, retrying');
        } finally {
          await transport.close();
        }
      }
    } finally {
      await receiver.stop();
    }
    const output = lines.join('');
    expect(output).toContain('sink delivery failed');
    for (const secret of [...ALL, 'abcd1234efgh']) expect(output, secret).not.toContain(secret);
  });

  it('a missing source is a configuration error naming the field, not the value', () => {
    expect(() =>
      resolveSecret({ inline: null, file: join(dir.path, 'nope'), env: null }, 'sinks[0].token'),
    ).toThrow(/sinks\[0\]\.token_file: cannot read/);
    expect(() =>
      resolveSecret({ inline: null, file: null, env: 'TEST_UNSET_VAR' }, 'sinks[1].hmac.secret', {}),
    ).toThrow(/sinks\[1\]\.hmac\.secret_env: the environment variable TEST_UNSET_VAR is not set/);
    expect(() =>
      loadConfig({
        env: {},
        overrides: (raw) => (raw['sinks'] = [{ type: 'splunk_hec', url: 'http://h:1' }]),
      }),
    ).not.toThrow();
  });
});
