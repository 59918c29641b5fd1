import { describe, expect, it } from 'vitest';
import {
  CEF_CUSTOM_LABELS,
  cefFormat,
  escapeCefExtension,
  escapeCefHeader,
} from '../../src/formats/cef-format.js';
import { PRODUCT } from '../../src/formats/severity-scales.js';
import { ALERT, LONG, MINIMAL_ALERT, NASTY, NASTY_ALERT, alertWith } from './alert-fixture.js';

interface ParsedCef {
  header: string[];
  ext: Map<string, string>;
}

/**
 * An independent CEF reader written from the spec, not from the renderer: the first seven `|` not
 * preceded by a backslash end the header fields (`\|` and `\\` are the only header escapes); the
 * extension is space-separated `key=value`, where a key is the word before an unescaped `=` and the
 * escapes are `\\`, `\=`, `\n` and `\r`.
 */
function parseCef(line: string): ParsedCef {
  const header: string[] = [];
  let field = '';
  let i = 0;
  while (header.length < 7) {
    const c = line[i];
    if (c === undefined) throw new Error('truncated header');
    if (c === '\\') {
      const next = line[i + 1];
      if (next !== '\\' && next !== '|') throw new Error(`bad header escape \\${String(next)}`);
      field += next;
      i += 2;
    } else if (c === '|') {
      header.push(field);
      field = '';
      i += 1;
    } else {
      field += c;
      i += 1;
    }
  }
  const rest = line.slice(i);
  // Positions of unescaped '=' (preceded by an even number of backslashes).
  const eqs: number[] = [];
  for (let j = 0; j < rest.length; j++) {
    if (rest[j] !== '=') continue;
    let k = j - 1;
    let slashes = 0;
    while (k >= 0 && rest[k] === '\\') {
      slashes++;
      k--;
    }
    if (slashes % 2 === 0) eqs.push(j);
  }
  const ext = new Map<string, string>();
  const keyStart = (eq: number): number => rest.lastIndexOf(' ', eq) + 1;
  eqs.forEach((eq, n) => {
    const key = rest.slice(keyStart(eq), eq);
    const nextEq = eqs[n + 1];
    const end = nextEq === undefined ? rest.length : keyStart(nextEq) - 1;
    const raw = rest.slice(eq + 1, end);
    const value = raw.replace(/\\(.)/g, (_m, ch: string) => (ch === 'n' ? '\n' : ch === 'r' ? '\r' : ch));
    expect(key).toMatch(/^[A-Za-z0-9]+$/);
    ext.set(key, value);
  });
  return { header, ext };
}

describe('cef escaping (ArcSight CEF spec)', () => {
  it('escapes | and \\ in the header, not =', () => {
    expect(escapeCefHeader('a|b\\c=d')).toBe('a\\|b\\\\c=d');
  });
  it('escapes = and \\ in extensions, not |, and encodes line breaks as \\n and \\r', () => {
    expect(escapeCefExtension('a|b\\c=d\ne\rf')).toBe('a|b\\\\c\\=d\\ne\\rf');
  });
  it('escapes the backslash first so an input backslash before = or n is not confused with an escape', () => {
    expect(escapeCefExtension('\\=')).toBe('\\\\\\=');
    expect(escapeCefExtension('\\n')).toBe('\\\\n');
  });
  it('has no line break escape in the header, so line breaks there become spaces', () => {
    expect(escapeCefHeader('a\r\nb\nc')).toBe('a b c');
  });
});

describe('cef format', () => {
  it('starts with the CEF:0 header naming agentwatch and the detector/reason signature', () => {
    const { header } = parseCef(cefFormat(ALERT));
    expect(header).toEqual([
      'CEF:0',
      'agentwatch',
      'agentwatch',
      PRODUCT.version,
      'never-seen-api:api_first_seen',
      ALERT.title,
      '8',
    ]);
  });

  it('maps every severity to an integer 0-10 on the ArcSight bands', () => {
    const expected = { informational: 1, low: 3, medium: 5, high: 8, critical: 10 } as const;
    for (const [severity, sev] of Object.entries(expected)) {
      const { header } = parseCef(cefFormat(alertWith({ severity: severity as keyof typeof expected })));
      expect(header[6]).toBe(String(sev));
    }
  });

  it('uses standard extension keys for time, count, ids, users and action', () => {
    const { ext } = parseCef(cefFormat(ALERT));
    expect(ext.get('rt')).toBe(String(Date.parse(ALERT.last_seen)));
    expect(ext.get('start')).toBe(String(Date.parse(ALERT.first_seen)));
    expect(ext.get('end')).toBe(String(Date.parse(ALERT.last_seen)));
    expect(ext.get('externalId')).toBe(ALERT.alert_id);
    expect(ext.get('cnt')).toBe('3');
    expect(ext.get('suser')).toBe('bob@corp.example');
    expect(ext.get('act')).toBe('gmail:send');
    expect(ext.get('destinationServiceName')).toBe('gmail');
    expect(ext.get('cat')).toBe('send');
    expect(ext.get('reason')).toBe('api_first_seen');
    expect(ext.get('msg')).toBe(ALERT.description);
  });

  it('labels every custom string and number it uses', () => {
    const { ext } = parseCef(cefFormat(ALERT));
    for (const [slot, label] of Object.entries(CEF_CUSTOM_LABELS)) {
      expect(ext.get(`${slot}Label`)).toBe(label);
      expect(ext.has(slot)).toBe(true);
    }
    expect(ext.get('cs1')).toBe('agent-invoice-bot-3');
    expect(ext.get('cs4')).toBe('never-seen-api v2');
    expect(ext.get('cn1')).toBe('79');
  });

  it('omits absent fields instead of sending empty values or orphan labels', () => {
    const { ext } = parseCef(cefFormat(MINIMAL_ALERT));
    for (const key of [
      'suser',
      'destinationServiceName',
      'cat',
      'cs2',
      'cs2Label',
      'cs5',
      'cs5Label',
      'cs6',
      'cs6Label',
    ]) {
      expect(ext.has(key), key).toBe(false);
    }
  });

  it('round-trips hostile values in header and extensions through a spec reader', () => {
    const line = cefFormat(NASTY_ALERT);
    expect(line).not.toMatch(/[\r\n]/);
    const { header, ext } = parseCef(line);
    expect(header[4]).toBe(`det-${NASTY}:reason ${NASTY}`.replace(/\r\n|\r|\n/g, ' '));
    expect(header[5]).toBe(`title ${NASTY}`.replace(/\r\n|\r|\n/g, ' '));
    expect(ext.get('msg')).toBe(`desc ${NASTY}`);
    expect(ext.get('act')).toBe(`api ${NASTY}`);
    expect(ext.get('externalId')).toBe(`id-${NASTY}`);
    expect(ext.get('suser')).toBe(`user ${NASTY}`);
    expect(ext.get('cs1')).toBe(`agent ${NASTY}`);
  });

  it('keeps a very long value intact and on one line', () => {
    const { ext } = parseCef(cefFormat(alertWith({ description: LONG })));
    expect(ext.get('msg')).toBe(LONG);
  });
});
