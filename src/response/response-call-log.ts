import { StoreError, describeError } from '../errors.js';
import { withRetry } from '../retry.js';
import type { AgentwatchStore } from '../store/agentwatch-store.js';
import type { ResponseLog } from './response-hook.js';

/** Response hook calls recorded in the store's `response_calls` table (migration 20). */
export function storeResponseLog(store: AgentwatchStore): ResponseLog {
  return async (calls) => {
    if (calls.length === 0) return;
    try {
      await withRetry(() =>
        store.client.insert({
          table: `${store.database}.response_calls`,
          values: [...calls],
          format: 'JSONEachRow',
        }),
      );
    } catch (error: unknown) {
      throw new StoreError(`recording response calls failed: ${describeError(error)}`, { cause: error });
    }
  };
}
