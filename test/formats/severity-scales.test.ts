import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEVERITIES, SEVERITY_RANK } from '../../schemas/alert.js';
import { FORMATS, FORMAT_NAMES, resolveFormat } from '../../src/formats/format-registry.js';
import { PRODUCT, SEVERITY_SCALES, attackRefsFromTags } from '../../src/formats/severity-scales.js';
import { ALERT, MINIMAL_ALERT, NASTY_ALERT } from './alert-fixture.js';

describe('severity scales', () => {
  it('covers every severity, within each scale’s range', () => {
    expect(Object.keys(SEVERITY_SCALES).sort()).toEqual([...SEVERITIES].sort());
    for (const s of SEVERITIES) {
      const scale = SEVERITY_SCALES[s];
      expect(scale.ocsfId).toBeGreaterThanOrEqual(1);
      expect(scale.ocsfId).toBeLessThanOrEqual(5);
      expect(scale.cef).toBeGreaterThanOrEqual(0);
      expect(scale.cef).toBeLessThanOrEqual(10);
      expect(scale.leef).toBeGreaterThanOrEqual(1);
      expect(scale.leef).toBeLessThanOrEqual(10);
      expect(scale.syslog).toBeGreaterThanOrEqual(0);
      expect(scale.syslog).toBeLessThanOrEqual(7);
      expect(scale.ecs).toBeGreaterThanOrEqual(0);
      expect(scale.ecs).toBeLessThanOrEqual(100);
      for (const n of [scale.ocsfId, scale.cef, scale.leef, scale.syslog, scale.ecs])
        expect(Number.isInteger(n)).toBe(true);
    }
  });

  it('preserves the order of severities on every scale (syslog counts down)', () => {
    const ordered = [...SEVERITIES].sort((a, b) => SEVERITY_RANK[a] - SEVERITY_RANK[b]);
    for (let i = 1; i < ordered.length; i++) {
      const lo = SEVERITY_SCALES[ordered[i - 1] ?? 'informational'];
      const hi = SEVERITY_SCALES[ordered[i] ?? 'critical'];
      expect(hi.ocsfId).toBeGreaterThan(lo.ocsfId);
      expect(hi.cef).toBeGreaterThan(lo.cef);
      expect(hi.leef).toBeGreaterThan(lo.leef);
      expect(hi.ecs).toBeGreaterThan(lo.ecs);
      expect(hi.syslog).toBeLessThan(lo.syslog);
    }
  });

  it('puts CEF levels in the ArcSight bands their names say', () => {
    expect(SEVERITY_SCALES.low.cef).toBeLessThanOrEqual(3);
    expect(SEVERITY_SCALES.medium.cef).toBeGreaterThanOrEqual(4);
    expect(SEVERITY_SCALES.medium.cef).toBeLessThanOrEqual(6);
    expect(SEVERITY_SCALES.high.cef).toBeGreaterThanOrEqual(7);
    expect(SEVERITY_SCALES.high.cef).toBeLessThanOrEqual(8);
    expect(SEVERITY_SCALES.critical.cef).toBeGreaterThanOrEqual(9);
  });

  it('names the product version of package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    expect(PRODUCT.version).toBe(pkg.version);
  });
});

describe('attackRefsFromTags', () => {
  it('parses ATT&CK techniques, sub-techniques, tactics and ATLAS techniques, ignoring other tags', () => {
    expect(
      attackRefsFromTags([
        'attack.T1567',
        'attack.t1078.004',
        'attack.TA0010',
        'atlas.AML.T0051',
        'attack.exfiltration',
        'x',
        'attack.T1567',
      ]),
    ).toEqual({
      techniques: ['T1567', 'T1078', 'AML.T0051'],
      subTechniques: ['T1078.004'],
      tactics: ['TA0010'],
    });
  });
});

describe('format registry', () => {
  it('registers every SIEM format by name', () => {
    expect([...FORMAT_NAMES].sort()).toEqual(['cef', 'ecs', 'hec', 'json', 'leef', 'ocsf', 'syslog']);
    for (const name of FORMAT_NAMES) expect(resolveFormat(name)).toBe(FORMATS[name]);
  });

  it('renders one line, without a trailing newline, for every format and alert', () => {
    for (const name of FORMAT_NAMES) {
      for (const alert of [ALERT, MINIMAL_ALERT, NASTY_ALERT]) {
        const line = FORMATS[name](alert);
        expect(line.length, name).toBeGreaterThan(0);
        expect(line, name).not.toMatch(/[\r\n]/);
      }
    }
  });

  it('is deterministic: the same alert renders the same way twice', () => {
    for (const name of FORMAT_NAMES) expect(FORMATS[name](ALERT)).toBe(FORMATS[name](ALERT));
  });
});
