import { describe, expect, it } from 'vitest';
import {
  VALUE_BECAME_KNOWN,
  VALUE_NEW,
  firstSighting,
  firstSightingChange,
  observeSighting,
  packSighting,
  sightingChange,
  sightingExpired,
  sightingKnown,
  sightingStale,
} from '../../src/baseline/scope-sighting.js';

const DAY = 86_400_000;
const D = 20_514;

describe('packed scope sightings', () => {
  it('packs last day, capped distinct days and the quarantine code', () => {
    expect(packSighting(D, 3, 0)).toBe(D * 2048 + 48);
    let p = firstSighting(D, 'none');
    for (let d = 1; d <= 200; d += 1) p = observeSighting(p, D + d, 'none', 3);
    expect(p).toBe(packSighting(D + 200, 127, 0));
  });

  it('reports new and became-known bits', () => {
    expect(firstSightingChange(firstSighting(D, 'none'))).toBe(VALUE_NEW | VALUE_BECAME_KNOWN);
    expect(firstSightingChange(firstSighting(D, 'quarantine'))).toBe(VALUE_NEW);
    const q = firstSighting(D, 'quarantine');
    const released = observeSighting(q, D + 1, 'none', 2);
    expect(sightingChange(q, released)).toBe(VALUE_BECAME_KNOWN);
    expect(sightingChange(released, observeSighting(released, D + 2, 'none', 2))).toBe(0);
  });

  it('holds a quarantined value through days with evidence against it', () => {
    let p = firstSighting(D, 'quarantine');
    p = observeSighting(p, D + 1, 'evidence_against', 2);
    expect(sightingKnown(p, (D + 1) * DAY, 30 * DAY)).toBe(false);
    p = observeSighting(p, D + 2, 'none', 2);
    expect(sightingKnown(p, (D + 2) * DAY, 30 * DAY)).toBe(true);
  });

  it('expires by whole days', () => {
    const p = firstSighting(D, 'none');
    expect(sightingStale(p, D + 30, 30 * DAY)).toBe(false);
    expect(sightingStale(p, D + 31, 30 * DAY)).toBe(true);
    expect(sightingExpired(p, (D + 31) * DAY, 30 * DAY)).toBe(false);
    expect(sightingExpired(p, (D + 31) * DAY + 1, 30 * DAY)).toBe(true);
  });
});
