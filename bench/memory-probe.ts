/**
 * Child process of the benchmark: memory per tracked agent and baseline reload time. Runs alone so
 * that nothing else lives on its heap. Prints one JSON object.
 *   node --expose-gc dist/bench/memory-probe.js --agents N [--restart-store DIR]
 */
import { parseArgs } from 'node:util';
import { configSchema } from '../schemas/config.js';
import { eventSchema } from '../schemas/event.js';
import { NO_VERDICT } from '../src/baseline/agent-baseline.js';
import { BaselineRegistry } from '../src/baseline/baseline-registry.js';
import { silentLogger } from '../src/logger.js';
import { baselineSettings } from '../src/detection/detection-setup.js';
import { AgentwatchStore } from '../src/store/agentwatch-store.js';
import { benchEventLines } from './bench-events.js';

const { values } = parseArgs({
  options: { agents: { type: 'string' }, 'restart-store': { type: 'string' } },
});
const agents = Number(values.agents ?? 10_000);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');

function settle(): NodeJS.MemoryUsage {
  for (let i = 0; i < 3; i += 1) gc?.();
  return process.memoryUsage();
}

const config = configSchema.parse({});
const settings = baselineSettings(config.baseline, config.calendars);
// 60 events per agent: every one of its 20 APIs and 10 resources is seen, over two weeks.
const before = settle();
let registry: BaselineRegistry | undefined = new BaselineRegistry(settings);
for (const { line } of benchEventLines({ events: agents * 60, agents })) {
  const event = eventSchema.parse(JSON.parse(line));
  registry.view(event);
  registry.learn(event, NO_VERDICT);
}
const after = settle();
const sample = registry.get('agent-000001');
const result: Record<string, number> = {
  agents,
  heap_bytes_per_agent: Math.round((after.heapUsed - before.heapUsed) / agents),
  // Typed-array contents live outside the V8 heap: counted apart, and in the total.
  array_buffer_bytes_per_agent: Math.round((after.arrayBuffers - before.arrayBuffers) / agents),
  heap_and_buffer_bytes_per_agent: Math.round(
    (after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers) / agents,
  ),
  rss_bytes_per_agent: Math.round((after.rss - before.rss) / agents),
  apis_per_agent: sample.apis.size,
  resources_per_agent: sample.resources.size,
};

if (values['restart-store']) {
  const store = await AgentwatchStore.open(
    configSchema.parse({ store: { path: values['restart-store'] } }).store,
    silentLogger(),
  );
  let snapshots = registry.takeSnapshots();
  for (let i = 0; i < snapshots.length; i += 20_000)
    await store.saveBaselines(snapshots.slice(i, i + 20_000));
  const ids = snapshots.map((s) => s.agentId);
  // A restart starts from an empty heap: drop everything learned before timing the reload.
  snapshots = [];
  registry = undefined;
  settle();
  const started = performance.now();
  const fresh = new BaselineRegistry(settings, store);
  await fresh.ensureLoaded(ids);
  result['restart_s'] = Number(((performance.now() - started) / 1000).toFixed(2));
  result['restart_loaded'] = fresh.size;
  await store.close();
}
process.stdout.write(JSON.stringify(result) + '\n');
