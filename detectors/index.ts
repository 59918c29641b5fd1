import type { DetectorDefinition } from '../src/detection/detector-contract.js';
import { intentMismatch } from './intent-mismatch/index.js';
import { neverSeenApi } from './never-seen-api/index.js';
import { offHoursAccess } from './off-hours-access/index.js';

/**
 * Every built-in detector, listed explicitly (typescript-eslint style): ids are folder names and
 * are never reused. The config schema and the conformance test are derived from this list.
 */
export const detectors = {
  'never-seen-api': neverSeenApi,
  'off-hours-access': offHoursAccess,
  'intent-mismatch': intentMismatch,
} as const satisfies Record<string, DetectorDefinition>;

export type DetectorId = keyof typeof detectors;
