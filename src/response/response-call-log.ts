import { StoreError, describeError } from '../errors.js';
import type { AgentwatchStore } from '../store/agentwatch-store.js';
import type { ResponseLog } from './response-hook.js';

/** Response hook calls recorded in the store's `response_calls` table (migration 20). */
export function storeResponseLog(store: AgentwatchStore): ResponseLog {
  return async (calls) => {
    if (calls.length === 0) return;
    try {
      // Through the store's row insert (retries, and the one text rule of every table).
      await store.insertRows('response_calls', calls);
    } catch (error: unknown) {
      throw new StoreError(`recording response calls failed: ${describeError(error)}`, { cause: error });
    }
  };
}
