import type { Severity } from '../../schemas/alert.js';

/** One severity level expressed on the scale of every SIEM format agentwatch renders. */
export interface SeverityScale {
  /** OCSF `severity_id` (1 Informational .. 5 Critical; 0 Unknown, 6 Fatal and 99 Other are never used). */
  readonly ocsfId: 1 | 2 | 3 | 4 | 5;
  /** OCSF `severity` caption: the label OCSF pairs with `ocsfId`. */
  readonly ocsfCaption: 'Informational' | 'Low' | 'Medium' | 'High' | 'Critical';
  /** ArcSight CEF header severity, 0-10 (0-3 Low, 4-6 Medium, 7-8 High, 9-10 Very-High). */
  readonly cef: number;
  /** QRadar LEEF `sev`, 1-10. */
  readonly leef: number;
  /** RFC 5424 syslog severity (0 Emergency .. 7 Debug). */
  readonly syslog: number;
  /** ECS `event.severity`, 0-100, on the bands Elastic detection rules use for risk. */
  readonly ecs: number;
}

/**
 * The single table that maps our five levels onto every SIEM scale, so "high" means the same thing in
 * ArcSight, QRadar, Elastic, Splunk and a syslog collector.
 *
 * - CEF: the ArcSight bands (Low 0-3, Medium 4-6, High 7-8, Very-High 9-10); informational sits below low.
 * - LEEF: 1-10 with the same anchors as CEF, but 1 is the floor because QRadar's `sev` starts at 1.
 * - syslog: informational = 6 Informational, low = 5 Notice, medium = 4 Warning, high = 3 Error,
 *   critical = 2 Critical. 1 Alert and 0 Emergency are left to the host itself: a detection about one
 *   agent must not page like a system that is unusable.
 * - ECS: Elastic's default rule risk scores for low/medium/high/critical (21/47/73/99); informational
 *   is 0 because Elastic has no level below low.
 */
export const SEVERITY_SCALES: Readonly<Record<Severity, SeverityScale>> = {
  informational: { ocsfId: 1, ocsfCaption: 'Informational', cef: 1, leef: 1, syslog: 6, ecs: 0 },
  low: { ocsfId: 2, ocsfCaption: 'Low', cef: 3, leef: 3, syslog: 5, ecs: 21 },
  medium: { ocsfId: 3, ocsfCaption: 'Medium', cef: 5, leef: 5, syslog: 4, ecs: 47 },
  high: { ocsfId: 4, ocsfCaption: 'High', cef: 8, leef: 8, syslog: 3, ecs: 73 },
  critical: { ocsfId: 5, ocsfCaption: 'Critical', cef: 10, leef: 10, syslog: 2, ecs: 99 },
};

/**
 * The product identity every rendering names as its source (CEF/LEEF vendor and product, OCSF
 * `metadata.product`, syslog APP-NAME, HEC `source`). `version` must equal package.json's version; a
 * test enforces it, because renderings are pure and may not read the file at run time.
 */
export const PRODUCT = {
  name: 'agentwatch',
  vendor: 'agentwatch',
  version: '0.1.0',
} as const;

/** MITRE ATT&CK or ATLAS technique references parsed from an alert's tags. */
export interface AttackTagRefs {
  /** ATT&CK techniques (`T1078`) and ATLAS techniques (`AML.T0051`), parents of sub-techniques included. */
  readonly techniques: readonly string[];
  /** ATT&CK sub-techniques (`T1078.004`) and ATLAS sub-techniques (`AML.T0051.000`). */
  readonly subTechniques: readonly string[];
  /** ATT&CK tactics (`TA0010`). */
  readonly tactics: readonly string[];
}

const ATTACK_TECHNIQUE = /^attack\.(t\d{4})(?:\.(\d{3}))?$/i;
const ATTACK_TACTIC = /^attack\.(ta\d{4})$/i;
const ATLAS_TECHNIQUE = /^atlas\.(aml\.t\d{4})(?:\.(\d{3}))?$/i;

/**
 * Technique and tactic ids from tags such as `attack.T1567`, `attack.t1078.004`, `attack.TA0010` or
 * `atlas.AML.T0051` (the Sigma convention the detectors use). Other tags are ignored; ids come back
 * upper-cased and de-duplicated in tag order.
 */
export function attackRefsFromTags(tags: readonly string[]): AttackTagRefs {
  const techniques = new Set<string>();
  const subTechniques = new Set<string>();
  const tactics = new Set<string>();
  for (const tag of tags) {
    const technique = ATTACK_TECHNIQUE.exec(tag) ?? ATLAS_TECHNIQUE.exec(tag);
    if (technique) {
      const parent = (technique[1] ?? '').toUpperCase();
      techniques.add(parent);
      if (technique[2] !== undefined) subTechniques.add(`${parent}.${technique[2]}`);
      continue;
    }
    const tactic = ATTACK_TACTIC.exec(tag);
    if (tactic) tactics.add((tactic[1] ?? '').toUpperCase());
  }
  return { techniques: [...techniques], subTechniques: [...subTechniques], tactics: [...tactics] };
}

/** Epoch milliseconds of an RFC 3339 time from the alert (validated by the alert schema). */
export function epochMs(rfc3339: string): number {
  return Date.parse(rfc3339);
}
