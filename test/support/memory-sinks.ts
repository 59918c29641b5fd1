import type { Alert } from '../../schemas/alert.js';
import type { RejectedRecord } from '../../src/dead-letter/rejected-record.js';

/** An alert sink that keeps what it is sent, for in-process pipeline tests. */
export class MemorySink {
  readonly name = 'memory';
  readonly alerts: Alert[] = [];
  send(alerts: readonly Alert[]) {
    this.alerts.push(...alerts);
    return Promise.resolve();
  }
  close() {
    return Promise.resolve();
  }
}

/** A dead letter that keeps what it parks, for in-process pipeline tests. */
export class MemoryDeadLetter {
  readonly description = 'memory';
  readonly entries: RejectedRecord[] = [];
  park(entries: readonly RejectedRecord[]) {
    this.entries.push(...entries);
    return Promise.resolve();
  }
  close() {
    return Promise.resolve();
  }
}
