import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ESLint, Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The lint fences of eslint.config.js (LAYERS): an import that runs back up the layers must fail
 * `npm run lint`. Each case lints a small in-memory file, placed in a layer's folder, with the
 * `no-restricted-imports` settings ESLint computes for that path.
 */

const ROOT = join(import.meta.dirname, '..', '..');
const eslint = new ESLint({ cwd: ROOT });
const linter = new Linter({ configType: 'flat' });

type RuleSetting = Linter.RuleEntry | undefined;

async function fenceFor(filePath: string): Promise<RuleSetting> {
  const config = (await eslint.calculateConfigForFile(join(ROOT, filePath))) as {
    rules?: Record<string, Linter.RuleEntry>;
  };
  return config.rules?.['no-restricted-imports'];
}

/** The fence messages for `code` as if it were the file at `filePath`. */
async function fenceMessages(filePath: string, code: string): Promise<string[]> {
  const setting = await fenceFor(filePath);
  expect(setting, `${filePath} has no layer fence`).toBeDefined();
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tseslint.parser },
        rules: { 'no-restricted-imports': setting as Linter.RuleEntry },
      },
    ],
    join(ROOT, filePath),
  );
  return messages.map((m) => m.message);
}

const BACK_EDGES: { file: string; code: string; layer: string }[] = [
  {
    file: 'src/formats/new-format.ts',
    code: "import type { AlertSink } from '../sinks/alert-sink.js';",
    layer: 'sinks and store',
  },
  {
    file: 'src/baseline/new-table.ts',
    code: "import { scopeCovers } from '../detection/intent-vocabulary.js';",
    layer: 'detection',
  },
  {
    file: 'schemas/event.ts',
    code: "import { dayNumber } from '../src/baseline/agent-baseline.js';",
    layer: 'baseline',
  },
  {
    file: 'src/time/new-clock.ts',
    code: "export { FORMATS } from '../formats/format-registry.js';",
    layer: 'formats',
  },
  {
    file: 'src/detection/new-setup.ts',
    code: "import type { Config } from '../../schemas/config.js';",
    layer: 'configuration',
  },
  {
    file: 'detectors/new-detector/index.ts',
    code: "import { decodeV1 } from '../../src/pipeline/event-decoder.js';",
    layer: 'pipeline',
  },
  {
    file: 'src/sinks/new-sink.ts',
    code: "import type { Pipeline } from '../pipeline/pipeline.js';",
    layer: 'pipeline',
  },
  {
    file: 'src/pipeline/new-stage.ts',
    code: "import { KafkaSource } from '../sources/kafka-source.js';",
    layer: 'sources and adapters',
  },
  {
    file: 'src/adapters/new-adapter.ts',
    code: "import { main } from '../cli/main.js';",
    layer: 'service and cli',
  },
  {
    file: 'src/simulation/new-fleet.ts',
    code: "import { runEval } from '../eval/run-eval.js';",
    layer: 'eval, bench and scripts',
  },
];

describe('layer fences (eslint.config.js LAYERS)', () => {
  beforeAll(async () => {
    // Warm ESLint's config loading once, outside the per-test timeout.
    await fenceFor('src/formats/format-registry.ts');
  });

  for (const edge of BACK_EDGES) {
    it(`refuses ${edge.file} -> ${edge.layer}`, async () => {
      const messages = await fenceMessages(edge.file, edge.code);
      expect(messages).toHaveLength(1);
      expect(messages[0]).toContain(`must not import ${edge.layer}`);
    });
  }

  it('keeps detectors on the read-only history view, off the learning side of baseline/', async () => {
    for (const internal of ['agent-baseline', 'baseline-registry', 'value-table', 'snapshot-codec']) {
      const messages = await fenceMessages(
        'detectors/new-detector/index.ts',
        `import { x } from '../../src/baseline/${internal}.js';`,
      );
      expect(messages, internal).toHaveLength(1);
      expect(messages[0]).toContain('read-only view');
    }
    // The runner (src/detection) drives learning and may import it.
    expect(
      await fenceMessages(
        'src/detection/new-runner.ts',
        "import { AgentBaseline } from '../baseline/agent-baseline.js';",
      ),
    ).toEqual([]);
  });

  it('lets imports go down and sideways within a layer', async () => {
    expect(
      await fenceMessages(
        'src/sinks/new-sink.ts',
        [
          "import type { Alert } from '../../schemas/alert.js';",
          "import { SinkError } from '../errors.js';",
          "import type { AlertFormatter } from '../formats/alert-formatter.js';",
          "import type { SinkConfig } from '../../schemas/sink-config.js';",
          "import type { AgentwatchStore } from '../store/agentwatch-store.js';",
          "import type { BaselineView } from '../baseline/baseline-view.js';",
        ].join('\n'),
      ),
    ).toEqual([]);
    expect(
      await fenceMessages(
        'detectors/new-detector/index.ts',
        [
          "import { taskKey } from '../../src/events/event-keys.js';",
          "import { hourOfWeek } from '../../src/time/event-time.js';",
          "import { defineDetector } from '../../src/detection/detector-contract.js';",
          "import type { BaselineView } from '../../src/baseline/baseline-view.js';",
          "import { isWorkingHour } from '../../src/baseline/business-calendar.js';",
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('fences every source file (no folder outside the layers)', async () => {
    const unfenced: string[] = [];
    for (const dir of ['src', 'schemas', 'detectors', 'bench', 'scripts']) {
      for (const entry of readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })) {
        if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
        const file = relative(ROOT, join(entry.parentPath, entry.name));
        if ((await fenceFor(file)) === undefined) unfenced.push(file);
      }
    }
    expect(unfenced).toEqual([]);
  });
});
