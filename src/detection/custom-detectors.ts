import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { detectors as builtIns } from '../../detectors/index.js';
import { ConfigError, describeError, formatIssues } from '../errors.js';
import type { DetectionConfig } from './detection-config.js';
import type { DetectorDefinition } from './detector-contract.js';
import type { EnabledDetector } from './detector-runner.js';

function isDefinition(value: unknown): value is DetectorDefinition {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const config = v['config'] as { safeParse?: unknown } | undefined;
  return (
    typeof v['id'] === 'string' &&
    typeof v['version'] === 'number' &&
    typeof v['title'] === 'string' &&
    typeof v['create'] === 'function' &&
    typeof config?.safeParse === 'function' &&
    Array.isArray(v['cases'])
  );
}

/**
 * Loads the detectors named in `custom_detectors`: each module must export a DetectorDefinition
 * (default export or `detector`) whose id is new; its settings are parsed by its own schema.
 * Errors name the module and the field, and are configuration errors (exit 2).
 */
export async function loadCustomDetectors(
  config: Pick<DetectionConfig, 'custom_detectors' | 'exceptions'>,
): Promise<EnabledDetector[]> {
  const out: EnabledDetector[] = [];
  const ids = new Set<string>(Object.keys(builtIns));
  for (const [i, entry] of config.custom_detectors.entries()) {
    const where = `custom_detectors.${i} (${entry.module})`;
    if (!entry.enabled) continue;
    let mod: Record<string, unknown>;
    try {
      mod = (await import(pathToFileURL(resolve(entry.module)).href)) as Record<string, unknown>;
    } catch (error: unknown) {
      throw new ConfigError(`${where}: cannot load the module: ${describeError(error)}`, { cause: error });
    }
    const definition = mod['default'] ?? mod['detector'];
    if (!isDefinition(definition)) {
      throw new ConfigError(`${where}: the module exports no DetectorDefinition (default or \`detector\`)`);
    }
    if (!/^[a-z]+(-[a-z0-9]+)*$/.test(definition.id))
      throw new ConfigError(`${where}: id "${definition.id}" is not kebab-case`);
    if (ids.has(definition.id))
      throw new ConfigError(`${where}: detector id "${definition.id}" is already taken`);
    ids.add(definition.id);
    const settings = definition.config.safeParse(entry.settings);
    if (!settings.success) throw new ConfigError(`${where}.settings: ${formatIssues(settings.error)}`);
    out.push({
      definition,
      settings: settings.data,
      dedupWindowMs: entry.dedup_window_minutes * 60_000,
      severityOverride: entry.severity_override ?? undefined,
      minSeverity: entry.min_severity,
    });
  }
  for (const [i, ex] of config.exceptions.entries()) {
    for (const id of ex.detectors ?? []) {
      if (!ids.has(id))
        throw new ConfigError(
          `exceptions.${i}.detectors: unknown detector "${id}" (known: ${[...ids].join(', ')})`,
        );
    }
  }
  return out;
}
