import kafkajs from 'kafkajs';
import type { Kafka, LogEntry } from 'kafkajs';
import type { Config } from '../../schemas/config.js';
import type { Logger } from '../logger.js';

const { Kafka: KafkaClient, logLevel } = kafkajs;

/** A kafkajs client whose logs go through pino (kafkajs' own logger prints to stdout). */
export function createKafka(cfg: Config['kafka'], logger: Logger): Kafka {
  const log = logger.child({ component: 'kafkajs' });
  return new KafkaClient({
    clientId: cfg.client_id,
    brokers: cfg.brokers,
    logLevel: logLevel.WARN,
    retry: { retries: 8, initialRetryTime: 200, maxRetryTime: 10_000 },
    logCreator:
      () =>
      ({ level, log: entry }: LogEntry) => {
        const { message, ...rest } = entry;
        if (level <= logLevel.ERROR) log.error(rest, message);
        else if (level === logLevel.WARN) log.warn(rest, message);
        else log.debug(rest, message);
      },
  });
}
