import type { DetectorDefinition } from '../src/detection/detector-contract.js';
import { accessDrift } from './access-drift/index.js';
import { callRateSpike } from './call-rate-spike/index.js';
import { credentialHygiene } from './credential-hygiene/index.js';
import { delegatedAuthority } from './delegated-authority/index.js';
import { delegationChain } from './delegation-chain/index.js';
import { intentMismatch } from './intent-mismatch/index.js';
import { neverSeenApi } from './never-seen-api/index.js';
import { offHoursAccess } from './off-hours-access/index.js';
import { ownership } from './ownership/index.js';
import { restrictedDataFirstAccess } from './restricted-data-first-access/index.js';
import { staleApproval } from './stale-approval/index.js';
import { unregisteredAgent } from './unregistered-agent/index.js';

/**
 * Every built-in detector, listed explicitly (typescript-eslint style): ids are folder names and
 * are never reused. The config schema and the conformance test are derived from this list.
 */
export const detectors = {
  'never-seen-api': neverSeenApi,
  'off-hours-access': offHoursAccess,
  'intent-mismatch': intentMismatch,
  'unregistered-agent': unregisteredAgent,
  ownership: ownership,
  'stale-approval': staleApproval,
  'credential-hygiene': credentialHygiene,
  'access-drift': accessDrift,
  'delegated-authority': delegatedAuthority,
  'delegation-chain': delegationChain,
  'call-rate-spike': callRateSpike,
  'restricted-data-first-access': restrictedDataFirstAccess,
} as const satisfies Record<string, DetectorDefinition>;

export type DetectorId = keyof typeof detectors;
