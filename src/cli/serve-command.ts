import { overrideField } from '../config/load-config.js';
import { UsageError } from '../errors.js';
import { createLogger } from '../logger.js';
import { CheckServer } from '../service/check-server.js';
import type { RestoredIdentity } from '../store/identity-restore.js';
import { STORE_OPTIONS, configWithStore } from './store-options.js';
import { parseCommandArgs } from './command-args.js';

/** `agentwatch serve`: the check API until SIGTERM or SIGINT. */
export async function serveCommand(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs('serve', argv, {
    ...STORE_OPTIONS,
    port: { type: 'string' },
    host: { type: 'string' },
  });
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535))
    throw new UsageError(`--port: not a port number: ${values.port}`);
  // The listen address defaults to loopback here, unlike `run`: serve answers questions about agents.
  const config = configWithStore(values, (raw) => {
    if (port !== undefined) overrideField(raw, 'http', 'port', port);
    overrideField(raw, 'http', 'host', values.host ?? hostFromFile(raw) ?? '127.0.0.1');
  });
  const logger = createLogger(config.log_level);
  const server = new CheckServer(config, logger);
  const stopped = new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGTERM', () => resolve('SIGTERM'));
    process.once('SIGINT', () => resolve('SIGINT'));
  });
  try {
    await server.start();
  } catch (error: unknown) {
    await server.stop().catch(() => undefined);
    throw error;
  }
  process.stderr.write(
    `agentwatch serve: listening on ${config.http.host}:${server.port} with ${server.agents} agents loaded${identityLine(server.identity)}\n`,
  );
  const signal = await stopped;
  logger.info({ signal }, 'stopping');
  await server.stop();
  return 0;
}

function hostFromFile(raw: Record<string, unknown>): string | undefined {
  const http = raw['http'];
  if (http && typeof http === 'object' && 'host' in http && typeof http.host === 'string') return http.host;
  return undefined;
}

/** What the posture detectors answer from, in words (empty when the store holds no identity). */
function identityLine(restored: RestoredIdentity | undefined): string {
  if (!restored) return '';
  const parts: string[] = [];
  if (restored.registered > 0) parts.push(`registry ${restored.registered} agents`);
  if (restored.directory > 0) parts.push(`directory ${restored.directory} records`);
  parts.push(`footprints of ${restored.agents} agents from ${restored.events} events`);
  return `; ${parts.join(', ')}`;
}
