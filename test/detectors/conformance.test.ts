import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { configSchema } from '../../schemas/config.js';
import { detectors } from '../../detectors/index.js';
import { eventSchema } from '../../schemas/event.js';
import { NO_VERDICT } from '../../src/baseline/agent-baseline.js';
import { runDetectorCase } from '../../src/detection/case-runner.js';
import { loadCustomDetectors } from '../../src/detection/custom-detectors.js';
import { detectorSection } from '../../src/detection/detection-config.js';
import { enabledDetectors } from '../../src/detection/detection-setup.js';
import {
  TECHNIQUE_TAG,
  defineDetector,
  definitionProblems,
  type DetectorDefinition,
  type Finding,
  type QuarantineKey,
} from '../../src/detection/detector-contract.js';
import { DetectorRunner } from '../../src/detection/detector-runner.js';
import { ConfigError } from '../../src/errors.js';
import { silentLogger } from '../../src/logger.js';
import { createMetrics } from '../../src/metrics.js';

const detectorsDir = new URL('../../detectors/', import.meta.url);
const folders = readdirSync(detectorsDir).filter((f) => statSync(new URL(f, detectorsDir)).isDirectory());

/** Every leaf property of a JSON Schema object, with its path. */
function properties(schema: Record<string, unknown>, path = ''): [string, Record<string, unknown>][] {
  const props = (schema['properties'] ?? {}) as Record<string, Record<string, unknown>>;
  return Object.entries(props).flatMap(([k, v]) => [
    [`${path}${k}`, v] as [string, Record<string, unknown>],
    ...properties(v, `${path}${k}.`),
  ]);
}

/** The text of a README section, from its `## heading` to the next one. */
function section(readme: string, heading: string): string {
  const start = readme.search(new RegExp(`^## ${heading}\\s*$`, 'im'));
  if (start < 0) return '';
  const rest = readme.slice(start).split('\n').slice(1).join('\n');
  const end = rest.search(/^## /m);
  return end < 0 ? rest : rest.slice(0, end);
}

describe('detector registry conformance', () => {
  it('lists every detector folder, and only those', () => {
    expect(Object.keys(detectors).sort()).toEqual(folders.sort());
  });

  describe.each(Object.entries(detectors))('%s', (key, definition: DetectorDefinition) => {
    it('has an id equal to its folder and registry key, in kebab-case', () => {
      expect(definition.id).toBe(key);
      expect(definition.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    });

    it('conforms to the definition contract (version, maturity, declared reasons, cases)', () => {
      expect(definitionProblems(definition)).toEqual([]);
      expect(Number.isInteger(definition.version) && definition.version >= 1).toBe(true);
      expect(definition.title.length).toBeGreaterThan(10);
    });

    it('has a README that says what, why, tuning and false positives', () => {
      const readme = new URL(`${definition.id}/README.md`, detectorsDir);
      expect(existsSync(readme)).toBe(true);
      const text = readFileSync(readme, 'utf8').toLowerCase();
      for (const heading of ['what', 'why', 'tuning', 'false positives'])
        expect(text).toContain(`## ${heading}`);
    });

    it('names every config key in its README Tuning section', () => {
      const tuning = section(
        readFileSync(new URL(`${definition.id}/README.md`, detectorsDir), 'utf8'),
        'Tuning',
      );
      const json = z.toJSONSchema(definition.config, { io: 'input' }) as Record<string, unknown>;
      const keys = Object.keys(json['properties'] ?? {});
      const missing = keys.filter((k) => !tuning.includes(`\`${k}\``));
      expect(missing, 'config keys the README Tuning section does not name').toEqual([]);
    });

    it('has a strict config where every field has a default and a description', () => {
      const parsed = definition.config.safeParse({});
      expect(parsed.success, 'all defaults').toBe(true);
      expect(definition.config.safeParse({ no_such_field: 1 }).success, 'strict').toBe(false);
      const json = z.toJSONSchema(definition.config, { io: 'input' }) as Record<string, unknown>;
      const fields = properties(json);
      expect(fields.length).toBeGreaterThan(0);
      for (const [path, field] of fields) {
        expect(field['description'], `${path} description`).toEqual(expect.any(String));
        expect(field, `${path} default`).toHaveProperty('default');
      }
    });

    it('has negative cases and a positive case for every declared reason', () => {
      expect(definition.cases.some((c) => c.expect === null)).toBe(true);
      const covered = new Set(definition.cases.flatMap((c) => (c.expect ? [c.expect.reason] : [])));
      const uncovered = Object.keys(definition.reasons).filter((r) => !covered.has(r));
      expect(uncovered, 'declared reasons without a positive case').toEqual([]);
    });

    it('tags its findings only with ATT&CK or ATLAS technique ids of the checked shape', () => {
      const tags = definition.cases
        .filter((c) => c.expect !== null)
        .flatMap((c) => runDetectorCase(definition, c).flatMap((a) => a.tags));
      // Tags are optional (posture findings may carry none); those given must have the shape.
      for (const tag of tags) expect(tag).toMatch(TECHNIQUE_TAG);
    });

    it('runs by default exactly when it is stable', () => {
      const sections = configSchema.parse({}).detectors as Record<string, { enabled: boolean }>;
      expect(sections[key]?.enabled).toBe(definition.maturity === 'stable');
    });
  });
});

describe('technique tag shape', () => {
  it('accepts ATT&CK and ATLAS technique and sub-technique ids, nothing else', () => {
    for (const tag of ['attack.T1078', 'attack.T1078.004', 'atlas.AML.T0051', 'atlas.AML.T0051.000'])
      expect(tag).toMatch(TECHNIQUE_TAG);
    for (const tag of ['T1078', 'attack.T107', 'attack.t1078', 'atlas.T0051', 'attack.T1078.4', 'mitre'])
      expect(tag).not.toMatch(TECHNIQUE_TAG);
  });
});

const quiet = z.strictObject({}).describe('no settings');

function fakeDetector(
  overrides: Partial<DetectorDefinition<typeof quiet>> = {},
  finding?: Partial<Finding>,
): DetectorDefinition<typeof quiet> {
  return defineDetector({
    id: 'fake-detector',
    version: 1,
    title: 'A detector made up by the test',
    maturity: 'experimental',
    reasons: { made_up: 'Whatever the test says.' },
    config: quiet,
    create: () => ({
      evaluate: () =>
        finding
          ? [
              {
                reason: 'made_up',
                key: 'k',
                severity: 'low',
                score: 30,
                title: 'made up',
                description: 'made up 1',
                evidence: {},
                ...finding,
              },
            ]
          : [],
    }),
    cases: [],
    ...overrides,
  });
}

describe('definition contract checks', () => {
  it('names what is wrong: version, maturity, reasons, case reasons', () => {
    const broken = {
      ...fakeDetector(),
      version: 1.5,
      maturity: 'beta',
      reasons: { 'Made-Up': '' },
      cases: [{ name: 'c', history: [], event: {}, expect: { reason: 'other' } }],
    };
    expect(definitionProblems(broken)).toEqual([
      'version must be a positive integer',
      'maturity must be one of experimental, stable',
      'reason "Made-Up" must be snake_case',
      'reason "Made-Up" must say what it means',
      'case "c" expects undeclared reason "other"',
    ]);
    expect(definitionProblems({ ...fakeDetector(), version: 0, reasons: {} })).toEqual([
      'version must be a positive integer',
      'reasons must declare at least one reason code',
    ]);
    expect(definitionProblems({ ...fakeDetector(), standingReasons: ['not_declared'] })).toEqual([
      'standing reason "not_declared" is not a declared reason',
    ]);
  });

  it('gates loading on maturity: an experimental detector runs only when enabled in config', () => {
    const experimental = detectorSection(fakeDetector());
    expect(experimental.parse({}).enabled).toBe(false);
    expect(experimental.parse({ enabled: true }).enabled).toBe(true);
    const stable = detectorSection(fakeDetector({ maturity: 'stable' }));
    expect(stable.parse({}).enabled).toBe(true);
    expect(stable.parse({ enabled: false }).enabled).toBe(false);
    const config = configSchema.parse({ detectors: { 'never-seen-api': { enabled: false } } });
    expect(enabledDetectors(config).map((d) => d.definition.id)).not.toContain('never-seen-api');
  });
});

describe('runner contract enforcement', () => {
  const event = eventSchema.parse({
    event_id: 'e1',
    ts: '2026-03-02T10:00:00Z',
    agent: { id: 'a1' },
    action: { api: 'x' },
  });
  const view = {
    agent: { agentId: 'a1' },
    cohort: undefined,
    learning: false,
    borrowing: false,
    forgetAfterMs: 1,
    calendar: undefined,
    timezone: undefined,
  } as unknown as Parameters<DetectorRunner['process']>[1];

  function run(finding: Partial<Finding>) {
    const metrics = createMetrics({ defaultMetrics: false });
    const runner = new DetectorRunner({
      detectors: [
        {
          definition: fakeDetector({}, finding),
          settings: {},
          dedupWindowMs: 0,
          minSeverity: 'informational',
        },
      ],
      exceptions: [],
      metrics,
      logger: silentLogger(),
    });
    return { result: runner.process(event, view), metrics };
  }

  it('passes a finding with a declared reason and known quarantine keys', () => {
    const { result } = run({ quarantine: ['api', 'task_resource'] });
    expect(result.alerts.map((a) => a.reason)).toEqual(['made_up']);
    expect([...result.verdict.quarantine]).toEqual(['api', 'task_resource']);
  });

  it('refuses an undeclared reason and a mistyped quarantine key as detector failures', async () => {
    for (const finding of [{ reason: 'not_declared' }, { quarantine: ['apis' as QuarantineKey] }]) {
      const { result, metrics } = run(finding);
      expect(result.alerts).toEqual([]);
      expect(result.verdict).toBe(NO_VERDICT);
      expect((await metrics.detectorErrors.get()).values[0]?.value).toBe(1);
    }
  });
});

describe('config load checks what detectors declare', () => {
  it('refuses an exception whose reason no detector in scope declares', async () => {
    const config = configSchema.parse({
      exceptions: [{ name: 'typo', detectors: ['never-seen-api'], reasons: ['api_frist_seen'] }],
    });
    await expect(loadCustomDetectors(config)).rejects.toThrow(ConfigError);
    await expect(loadCustomDetectors(config)).rejects.toThrow(
      'exceptions.0.reasons: unknown reason "api_frist_seen" for never-seen-api (declared: api_first_seen)',
    );
    const fine = configSchema.parse({
      exceptions: [{ name: 'ok', reasons: ['hour_rarely_active'] }],
    });
    await expect(loadCustomDetectors(fine)).resolves.toEqual([]);
  });
});
