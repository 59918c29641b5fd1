import { parseArgs } from 'node:util';
import { loadConfig } from '../config/load-config.js';
import { createLogger } from '../logger.js';
import { AgentwatchService } from '../service/agentwatch-service.js';

/** `agentwatch run`: the service, until SIGTERM or SIGINT. */
export async function runCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { config: { type: 'string' } } });
  const config = loadConfig({ file: values.config });
  const logger = createLogger(config.log_level);
  const service = new AgentwatchService(config, logger);
  const stopped = new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGTERM', () => resolve('SIGTERM'));
    process.once('SIGINT', () => resolve('SIGINT'));
  });
  try {
    await service.start();
  } catch (error: unknown) {
    logger.fatal({ err: error }, 'start failed');
    await service.stop().catch(() => undefined);
    throw error;
  }
  const signal = await stopped;
  logger.info({ signal }, 'stopping: finishing the batch in flight');
  await service.stop();
  logger.info({ stats: service.stats }, 'stopped');
  return 0;
}
