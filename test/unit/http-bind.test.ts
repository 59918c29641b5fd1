import type { AddressInfo } from 'node:net';
import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { HttpServer } from '../../src/service/http-server.js';

describe('/metrics listen address', () => {
  it('is loopback by default, and every interface only when configured', async () => {
    const config = loadConfig({ env: {} });
    expect(config.http.host).toBe('127.0.0.1');
    expect(loadConfig({ env: { AGENTWATCH_HTTP_HOST: '0.0.0.0' } }).http.host).toBe('0.0.0.0');
    const server = new HttpServer({ registry: new Registry(), ready: () => true });
    try {
      await server.listen(0, config.http.host);
      const address = (server as unknown as { server: { address(): AddressInfo } }).server.address();
      expect(address.address).toBe('127.0.0.1');
    } finally {
      await server.close();
    }
  });
});
