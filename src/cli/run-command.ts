import { AgentwatchError, describeError } from '../errors.js';
import { loadConfig } from '../config/load-config.js';
import { createLogger } from '../logger.js';
import { AgentwatchService } from '../service/agentwatch-service.js';
import { parseCommandArgs } from './command-args.js';

/** `agentwatch run`: the service, until SIGTERM or SIGINT. */
export async function runCommand(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs('run', argv, { config: { type: 'string' } });
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
  const outcome = await Promise.race([
    stopped.then((signal) => ({ signal, error: undefined })),
    service.failed.then((error) => ({ signal: undefined, error })),
  ]);
  // Last resort: whatever a failed shutdown leaves behind (a client still reconnecting) must not keep
  // the process alive past its timeout; unref'd, so a clean stop exits as soon as it is done.
  const exitAnyway = () =>
    setTimeout(() => process.exit(1), config.kafka.shutdown_timeout_ms + 15_000).unref();
  if (outcome.error !== undefined) {
    logger.fatal({ err: outcome.error }, 'stopping after a fatal error; nothing more is committed');
    exitAnyway();
    await service.stop().catch((error: unknown) => logger.error({ err: error }, 'unclean shutdown'));
    throw outcome.error instanceof Error
      ? outcome.error
      : new AgentwatchError('INTERNAL', `service failed: ${describeError(outcome.error)}`);
  }
  logger.info({ signal: outcome.signal }, 'stopping: finishing the batch in flight');
  exitAnyway();
  try {
    await service.stop();
  } catch (error: unknown) {
    logger.fatal(
      { err: error },
      'shutdown was not clean: the last input was not committed and is redelivered on restart',
    );
    throw new AgentwatchError('INTERNAL', `shutdown was not clean: ${describeError(error)}`, {
      cause: error,
    });
  }
  logger.info({ stats: service.stats }, 'stopped');
  return 0;
}
