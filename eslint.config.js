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
      'src/scalar-text.ts',
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

/** One `no-restricted-imports` block per layer: every higher layer's folders are off limits. */
const layerFences = LAYERS.map((layer, i) => {
  const above = LAYERS.slice(i + 1);
  return {
    files: layer.files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: above.flatMap((higher) =>
            higher.imports.map((regex) => ({
              regex,
              message: `${layer.name} must not import ${higher.name} (a higher layer): imports go down only (eslint.config.js LAYERS).`,
            })),
          ),
        },
      ],
    },
  };
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'deploy/kafka/lib/**', 'data/**', 'coverage/**'] },
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
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { process: 'readonly', console: 'readonly' },
    },
  },
);
