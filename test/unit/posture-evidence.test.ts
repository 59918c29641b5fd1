import { describe, expect, it } from 'vitest';
import { credentialHygiene } from '../../detectors/credential-hygiene/index.js';
import { runDetectorCase } from '../../src/detection/case-runner.js';

describe('posture evidence without a registry', () => {
  it('says no registry is loaded, not that the agent is missing from one', () => {
    const bare = credentialHygiene.cases.find(
      (c) => c.name.includes('uses its key from a new IP') && !c.identity,
    );
    const declared = credentialHygiene.cases.find(
      (c) => c.name.includes('uses its key from a new IP') && c.identity,
    );
    expect(bare).toBeDefined();
    expect(declared).toBeDefined();
    const [alert] = runDetectorCase(credentialHygiene, bare!);
    expect(alert?.description).toContain('no registry loaded');
    expect(alert?.description).not.toContain('not in the registry');
    const [registered] = runDetectorCase(credentialHygiene, declared!);
    expect(registered?.description).not.toContain('no registry loaded');
  });
});
