import type { Severity } from '../../schemas/alert.js';

/** The lowest medium score. */
const MEDIUM_FROM = 45;

/** Score bands: one mapping for every detector, so a score means the same everywhere. */
export function severityFromScore(score: number): Severity {
  if (score >= 85) return 'critical';
  if (score >= 70) return 'high';
  if (score >= MEDIUM_FROM) return 'medium';
  if (score >= 25) return 'low';
  return 'informational';
}

/** The highest score below critical: a finding that is one signal, however strong, stops here. */
export const HIGHEST_BELOW_CRITICAL = 84;

/** The highest low score: a finding kept under review but not raised by default (`min_severity`). */
export const HIGHEST_LOW = MEDIUM_FROM - 1;

/** Clamps a score to 0-100 and rounds it. */
export function clampScore(score: number): number {
  return Math.round(Math.min(100, Math.max(0, score)));
}
