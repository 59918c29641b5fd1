import { describe, expect, it } from 'vitest';
import {
  LEEF_DEV_TIME_FORMAT,
  leefDevTime,
  leefFormat,
  sanitizeLeefHeader,
  sanitizeLeefValue,
} from '../../src/formats/leef-format.js';
import { PRODUCT } from '../../src/formats/severity-scales.js';
import { ALERT, LONG, MINIMAL_ALERT, NASTY, NASTY_ALERT, alertWith } from './alert-fixture.js';

interface ParsedLeef {
  header: string[];
  attrs: Map<string, string>;
}

/**
 * A LEEF 2.0 reader from the spec: six `|`-separated header fields (LEEF:2.0, vendor, product, version,
 * event id, delimiter as a character or as hex `x09` / `0x09`), then key=value pairs separated by the
 * declared delimiter, each split on its first `=`.
 */
function parseLeef(line: string): ParsedLeef {
  const parts = line.split('|');
  const header = parts.slice(0, 6);
  expect(header).toHaveLength(6);
  const declared = header[5] ?? '';
  const hex = /^(?:0x|x)([0-9a-f]{2,4})$/i.exec(declared);
  const delimiter = hex ? String.fromCharCode(parseInt(hex[1] ?? '', 16)) : declared;
  expect(delimiter).toHaveLength(1);
  const body = parts.slice(6).join('|');
  const attrs = new Map<string, string>();
  for (const pair of body.split(delimiter)) {
    const eq = pair.indexOf('=');
    expect(eq, `pair without '=': ${pair.slice(0, 40)}`).toBeGreaterThan(0);
    const key = pair.slice(0, eq);
    expect(attrs.has(key), `duplicate key ${key}`).toBe(false);
    attrs.set(key, pair.slice(eq + 1));
  }
  return { header, attrs };
}

describe('leef format', () => {
  it('has a LEEF 2.0 header that declares the tab delimiter in hex', () => {
    const line = leefFormat(ALERT);
    expect(line.startsWith(`LEEF:2.0|agentwatch|agentwatch|${PRODUCT.version}|api_first_seen|x09|`)).toBe(
      true,
    );
    const { attrs } = parseLeef(line);
    expect(attrs.size).toBeGreaterThan(10);
    expect(line).toContain('\t');
  });

  it('carries the predefined LEEF keys with the right meaning', () => {
    const { attrs } = parseLeef(leefFormat(ALERT));
    expect(attrs.get('devTime')).toBe('2026-05-01T09:42:17.123+0000');
    expect(attrs.get('devTimeFormat')).toBe(LEEF_DEV_TIME_FORMAT);
    expect(attrs.get('cat')).toBe('api_first_seen');
    expect(attrs.get('sev')).toBe('8');
    expect(attrs.get('usrName')).toBe('bob@corp.example');
    expect(attrs.get('resource')).toBe('mallory@external.example');
    expect(attrs.get('agentId')).toBe('agent-invoice-bot-3');
    expect(attrs.get('alertId')).toBe(ALERT.alert_id);
    expect(attrs.get('msg')).toBe(ALERT.description);
  });

  it('formats devTime so the declared SimpleDateFormat pattern reads it back (UTC, ms, +0000)', () => {
    const rendered = leefDevTime('2026-12-31T23:59:59.5+02:00');
    expect(rendered).toBe('2026-12-31T21:59:59.500+0000');
    expect(rendered).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}[+-]\d{4}$/);
  });

  it('maps every severity to sev 1-10', () => {
    const expected = { informational: 1, low: 3, medium: 5, high: 8, critical: 10 } as const;
    for (const [severity, sev] of Object.entries(expected)) {
      const { attrs } = parseLeef(leefFormat(alertWith({ severity: severity as keyof typeof expected })));
      expect(attrs.get('sev')).toBe(String(sev));
    }
  });

  it('omits absent fields', () => {
    const { attrs } = parseLeef(leefFormat(MINIMAL_ALERT));
    for (const key of ['usrName', 'resource', 'agentName', 'tags', 'taskId'])
      expect(attrs.has(key), key).toBe(false);
  });

  it('cannot be broken by delimiters, pipes or line breaks in values', () => {
    const line = leefFormat(NASTY_ALERT);
    expect(line).not.toMatch(/[\r\n]/);
    const { header, attrs } = parseLeef(line);
    expect(header[4]).toBe(sanitizeLeefHeader(`reason ${NASTY}`));
    expect(header[4]).not.toContain('|');
    expect(attrs.get('msg')).toBe(sanitizeLeefValue(`desc ${NASTY}`));
    // '=' and '|' survive inside values; only tab and line breaks are replaced.
    expect(attrs.get('msg')).toContain('c=d');
    expect(attrs.get('msg')).toContain('a|b');
    expect(attrs.get('msg')).toContain('東京 🚀');
    expect(attrs.get('msg')).not.toMatch(/[\t\r\n]/);
  });

  it('keeps a very long value whole', () => {
    const { attrs } = parseLeef(leefFormat(alertWith({ description: LONG })));
    expect(attrs.get('msg')).toBe(LONG);
  });
});
