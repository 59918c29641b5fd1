import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { configSchema } from '../../schemas/config.js';
import { loadConfig } from '../../src/config/load-config.js';
import { kafkaSecurity } from '../../src/kafka/kafka-client.js';
import { tempDir } from '../support/temp-dir.js';

const dir = tempDir('kafka-security-config');
afterAll(() => dir.cleanup());
afterEach(() => vi.unstubAllEnvs());

const SECRET = 's3cr3t-value-that-must-not-leak';

describe('Kafka SASL/TLS configuration', () => {
  it('takes the SASL password from a *_file named in the environment, trailing newline dropped', () => {
    const file = join(dir.path, 'password');
    writeFileSync(file, `${SECRET}\n`);
    const config = loadConfig({
      env: {
        AGENTWATCH_KAFKA_SASL_MECHANISM: 'scram-sha-256',
        AGENTWATCH_KAFKA_SASL_USERNAME: 'svc-agentwatch',
        AGENTWATCH_KAFKA_SASL_PASSWORD_FILE: file,
      },
    });
    expect(kafkaSecurity(config.kafka).sasl).toEqual({
      mechanism: 'scram-sha-256',
      username: 'svc-agentwatch',
      password: SECRET,
    });
  });

  it('takes the SASL password from the variable named by password_env, the shared secret rule of sinks and store', () => {
    vi.stubEnv('KAFKA_PASSWORD_FOR_TEST', SECRET);
    const sasl = { mechanism: 'plain', username: 'u', password_env: 'KAFKA_PASSWORD_FOR_TEST' };
    expect(kafkaSecurity(configSchema.parse({ kafka: { sasl } }).kafka).sasl).toMatchObject({
      password: SECRET,
    });
    const unset = { ...sasl, password_env: 'KAFKA_PASSWORD_NOT_SET' };
    expect(() => kafkaSecurity(configSchema.parse({ kafka: { sasl: unset } }).kafka)).toThrow(
      /kafka\.sasl\.password_env: the environment variable KAFKA_PASSWORD_NOT_SET is not set/,
    );
  });

  it('reads TLS files at start and names the field of a missing one, never a secret', () => {
    const config = configSchema.parse({
      kafka: {
        sasl: { mechanism: 'plain', username: 'u', password: SECRET },
        tls: { enabled: true, ca_file: join(dir.path, 'missing-ca.pem') },
      },
    });
    expect(() => kafkaSecurity(config.kafka)).toThrow(/kafka\.tls\.ca_file: cannot read/);
    try {
      kafkaSecurity(config.kafka);
    } catch (error: unknown) {
      expect(String(error)).not.toContain(SECRET);
    }
  });

  it('refuses a mechanism without a password, and a client certificate without its key', () => {
    expect(() =>
      kafkaSecurity(
        configSchema.parse({ kafka: { sasl: { mechanism: 'scram-sha-512', username: 'u' } } }).kafka,
      ),
    ).toThrow(/needs a username and a password/);
    const cert = join(dir.path, 'client.pem');
    writeFileSync(cert, 'not really a certificate');
    expect(() =>
      kafkaSecurity(configSchema.parse({ kafka: { tls: { enabled: true, cert_file: cert } } }).kafka),
    ).toThrow(/cert_file and key_file go together/);
  });

  it('skips only the name check when check_hostname is off: the chain is still verified', () => {
    const ssl = kafkaSecurity(
      configSchema.parse({ kafka: { tls: { enabled: true, check_hostname: false } } }).kafka,
    ).ssl;
    expect(ssl).toMatchObject({ rejectUnauthorized: true });
    expect(typeof (ssl as { checkServerIdentity?: unknown }).checkServerIdentity).toBe('function');
    const checked = kafkaSecurity(configSchema.parse({ kafka: { tls: { enabled: true } } }).kafka).ssl;
    expect(checked).not.toHaveProperty('checkServerIdentity');
  });

  it('rejects an AGENTWATCH_KAFKA_TLS that is not true or false', () => {
    expect(() => loadConfig({ env: { AGENTWATCH_KAFKA_TLS: 'yes' } })).toThrow(/AGENTWATCH_KAFKA_TLS/);
  });
});
