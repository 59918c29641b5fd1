// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The layers of the house, from the ground up (DESIGN.md "Layers"). A file may import its own layer
 * and the ones below it, never one above: `no-restricted-imports` refuses every import whose path
 * names a higher layer's folder. test/ is outside the house and may import anything.
 * The configuration schema (schemas/config.ts and what it nests) composes the detectors' and sinks'
 * own settings, so it sits above them, beside src/config/; the event and alert contracts stay at
 * the bottom. Simulation (synthetic fleets) and devtools (a local Kafka broker, free ports) sit
 * below the CLI that runs them; eval, bench and scripts are on top.
 */
export const LAYERS = [
  {
    name: 'contracts and shared utilities',
    files: [
      'schemas/event.ts',
      'schemas/alert.ts',
      'schemas/registry.ts',
      'src/errors.ts',
      'src/time/**',
      'src/events/**',
      'src/metrics.ts',
      'src/logger.ts',
      'src/retry.ts',
      'src/text/**',
    ],
    imports: [],
  },
  // The identity context (registry, directory, inventory) is read by detectors like baselines are.
  {
    name: 'baseline',
    files: ['src/baseline/**', 'src/registry/**'],
    imports: ['(^|/)(baseline|registry)/'],
  },
  {
    name: 'detection',
    files: ['src/detection/**', 'detectors/**'],
    imports: ['(^|/)(detection|detectors)/'],
  },
  { name: 'formats', files: ['src/formats/**'], imports: ['(^|/)formats/'] },
  {
    name: 'configuration',
    files: [
      'schemas/config.ts',
      'schemas/sink-config.ts',
      'schemas/check-config.ts',
      'schemas/response-config.ts',
      'schemas/security-config.ts',
      'schemas/json-schema.ts',
      'src/config/**',
    ],
    imports: [
      '(^|/)schemas/(config|sink-config|check-config|response-config|security-config|json-schema)\\.js$',
      '(^|/)config/',
    ],
  },
  {
    name: 'sinks and store',
    // Response hooks are sinks that suggest an action.
    files: ['src/sinks/**', 'src/store/**', 'src/dead-letter/**', 'src/kafka/**', 'src/response/**'],
    imports: ['(^|/)(sinks|store|dead-letter|kafka|response)/'],
  },
  // Analyst decisions are recorded in the store and applied by the runner (through DecisionPolicy).
  {
    name: 'pipeline and decisions',
    files: ['src/pipeline/**', 'src/decisions/**'],
    imports: ['(^|/)(pipeline|decisions)/'],
  },
  {
    name: 'sources and adapters',
    files: ['src/sources/**', 'src/adapters/**'],
    imports: ['(^|/)(sources|adapters)/'],
  },
  {
    name: 'simulation and devtools',
    files: ['src/simulation/**', 'src/devtools/**'],
    imports: ['(^|/)(simulation|devtools)/'],
  },
  // The check API's client sits with the service it calls (it imports only the event contract).
  {
    name: 'service and cli',
    files: ['src/service/**', 'src/cli/**', 'src/client/**'],
    imports: ['(^|/)(service|cli|client)/'],
  },
  {
    name: 'eval, bench and scripts',
    files: ['src/eval/**', 'bench/**', 'scripts/**'],
    imports: ['(^|/)(eval|bench|scripts)/'],
  },
];

/** The patterns that keep `layer` (at index `i`) from importing any higher layer's folders. */
function patternsAbove(layer, i) {
  return LAYERS.slice(i + 1).flatMap((higher) =>
    higher.imports.map((regex) => ({
      regex,
      message: `${layer.name} must not import ${higher.name} (a higher layer): imports go down only (eslint.config.js LAYERS).`,
    })),
  );
}

/** One `no-restricted-imports` block per layer: every higher layer's folders are off limits. */
const layerFences = LAYERS.map((layer, i) => ({
  files: layer.files,
  rules: { 'no-restricted-imports': ['error', { patterns: patternsAbove(layer, i) }] },
}));

/**
 * Detectors read an agent's history through the read-only view (baseline-view.ts: `BaselineView`,
 * `AgentHistory`) and the declared working time (business-calendar.ts); the rest of baseline/ is the
 * learning side (`AgentBaseline` with `learn` and `forget`, tables, snapshots), which only the runner
 * drives. Event keys shared by learning and detectors live in src/events/.
 */
const detectorLayer = LAYERS.findIndex((layer) => layer.name === 'detection');
const detectorFence = {
  files: ['detectors/**'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...patternsAbove(LAYERS[detectorLayer], detectorLayer),
          {
            regex: '(^|/)src/baseline/(?!(baseline-view|business-calendar)\\.js$)',
            message:
              'detectors read history through the read-only view (src/baseline/baseline-view.js, re-exported by src/detection/detector-contract.js), never baseline internals.',
          },
        ],
      },
    ],
  },
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'deploy/kafka/lib/**',
      'data/**',
      'coverage/**',
      // Independent sets are kept verbatim as their authors wrote them (bench/independent-sets/README.md).
      'bench/independent-sets/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/only-throw-error': 'error',
      'no-console': 'off',
    },
  },
  ...layerFences,
  detectorFence,
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { process: 'readonly', console: 'readonly' },
    },
  },
);
