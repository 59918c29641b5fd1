import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { detectors as builtIns } from '../../detectors/index.js';
import { ConfigError, describeError, formatIssues } from '../errors.js';
import type { DetectionConfig } from './detection-config.js';
import { definitionProblems, type DetectorDefinition } from './detector-contract.js';
import type { EnabledDetector } from './detector-runner.js';

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
  // A disabled detector still has an id that exceptions may name (switching it off must not break
  // the config): its module is read for the id when it loads, and never run.
  const disabledIds = new Set<string>();
  let unreadableDisabled = false;
  for (const [i, entry] of config.custom_detectors.entries()) {
    const where = `custom_detectors.${i} (${entry.module})`;
    if (!entry.enabled) {
      const id = await disabledDetectorId(entry.module);
      if (id === undefined) unreadableDisabled = true;
      else disabledIds.add(id);
      continue;
    }
    let mod: Record<string, unknown>;
    try {
      mod = (await import(pathToFileURL(resolve(entry.module)).href)) as Record<string, unknown>;
    } catch (error: unknown) {
      throw new ConfigError(`${where}: cannot load the module: ${describeError(error)}`, { cause: error });
    }
    const exported: unknown = mod['default'] ?? mod['detector'];
    if (exported === undefined)
      throw new ConfigError(`${where}: the module exports no DetectorDefinition (default or \`detector\`)`);
    const problems = definitionProblems(exported);
    if (problems.length > 0)
      throw new ConfigError(`${where}: not a valid DetectorDefinition: ${problems.join('; ')}`);
    const definition = exported as DetectorDefinition;
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
  const reasons = new Map<string, readonly string[]>(
    [...Object.values(builtIns), ...out.map((d) => d.definition)].map((d) => [d.id, Object.keys(d.reasons)]),
  );
  for (const [i, ex] of config.exceptions.entries()) {
    for (const id of ex.detectors ?? []) {
      if (ids.has(id) || disabledIds.has(id)) continue;
      // It may be the id of a disabled detector whose module is not there (any more): not an error.
      if (!unreadableDisabled)
        throw new ConfigError(
          `exceptions.${i}.detectors: unknown detector "${id}" (known: ${[...ids].join(', ')})`,
        );
    }
    // A mistyped reason would silently never match: refuse what no detector in scope declares
    // (a disabled detector's reasons are not checked: it does not run).
    if ((ex.detectors ?? []).some((id) => !reasons.has(id))) continue;
    const inScope = ex.detectors ?? [...reasons.keys()];
    const declared = new Set(inScope.flatMap((id) => reasons.get(id) ?? []));
    for (const reason of ex.reasons ?? []) {
      if (!declared.has(reason))
        throw new ConfigError(
          `exceptions.${i}.reasons: unknown reason "${reason}" for ${ex.detectors ? ex.detectors.join(', ') : 'any detector'} (declared: ${[...declared].join(', ')})`,
        );
    }
  }
  return out;
}

/** The id of a disabled detector's module, or undefined when it cannot be loaded (no error). */
async function disabledDetectorId(module: string): Promise<string | undefined> {
  try {
    const mod = (await import(pathToFileURL(resolve(module)).href)) as Record<string, unknown>;
    const exported: unknown = mod['default'] ?? mod['detector'];
    return definitionProblems(exported).length === 0 ? (exported as DetectorDefinition).id : undefined;
  } catch {
    return undefined;
  }
}
