import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { cefFormat } from '../../src/formats/cef-format.js';
import {
  DEFAULT_SYSLOG_FACILITY,
  SYSLOG_SD_PARAMS,
  createSyslogFormat,
  escapeSdParamValue,
  isValidSdName,
  syslogFormat,
  syslogPri,
} from '../../src/formats/syslog-format.js';
import { frameOctetCounting } from '../../src/sinks/syslog-transport.js';
import { ALERT, LONG, MINIMAL_ALERT, NASTY, NASTY_ALERT, alertWith } from './alert-fixture.js';

interface ParsedSyslog {
  pri: number;
  version: string;
  timestamp: string;
  hostname: string;
  appName: string;
  procId: string;
  msgId: string;
  sdId: string;
  params: Map<string, string>;
  msg: string;
}

/** An RFC 5424 reader (ABNF of section 6) for one SD-ELEMENT, with SD-PARAM unescaping of \" \\ \]. */
function parseSyslog(line: string): ParsedSyslog {
  const head = /^<(\d{1,3})>(\d) (\S+) (\S+) (\S+) (\S+) (\S+) /.exec(line);
  if (!head) throw new Error(`not RFC 5424: ${line.slice(0, 80)}`);
  let i = head[0].length;
  expect(line[i]).toBe('[');
  i++;
  const sdIdEnd = line.indexOf(' ', i);
  const sdId = line.slice(i, sdIdEnd);
  i = sdIdEnd;
  const params = new Map<string, string>();
  while (line[i] === ' ') {
    i++;
    const eq = line.indexOf('=', i);
    const name = line.slice(i, eq);
    expect(isValidSdName(name), `SD-NAME ${name}`).toBe(true);
    expect(line[eq + 1]).toBe('"');
    i = eq + 2;
    let value = '';
    for (;;) {
      const c = line[i];
      if (c === undefined) throw new Error('unterminated PARAM-VALUE');
      if (c === '\\' && ['"', '\\', ']'].includes(line[i + 1] ?? '')) {
        value += line[i + 1];
        i += 2;
      } else if (c === '"') {
        i++;
        break;
      } else {
        // RFC 5424 6.3.3: these three must be escaped; a bare one means the renderer failed.
        expect(c).not.toBe(']');
        value += c;
        i++;
      }
    }
    params.set(name, value);
  }
  expect(line[i]).toBe(']');
  expect(line[i + 1]).toBe(' ');
  return {
    pri: Number(head[1]),
    version: head[2] ?? '',
    timestamp: head[3] ?? '',
    hostname: head[4] ?? '',
    appName: head[5] ?? '',
    procId: head[6] ?? '',
    msgId: head[7] ?? '',
    sdId,
    params,
    msg: line.slice(i + 2),
  };
}

const format = createSyslogFormat({ hostname: 'siem-fwd-01.corp.example' });

describe('syslog format (RFC 5424)', () => {
  it('renders the header fields', () => {
    const p = parseSyslog(format(ALERT));
    expect(p.version).toBe('1');
    expect(p.timestamp).toBe('2026-05-01T09:42:17.123Z');
    expect(p.hostname).toBe('siem-fwd-01.corp.example');
    expect(p.appName).toBe('agentwatch');
    expect(p.procId).toBe('-');
    expect(p.msgId).toBe('api_first_seen');
  });

  it('computes PRI = facility * 8 + severity for each level', () => {
    const expected = { critical: 2, high: 3, medium: 4, low: 5, informational: 6 } as const;
    for (const [severity, sev] of Object.entries(expected)) {
      const alert = alertWith({ severity: severity as keyof typeof expected });
      expect(parseSyslog(format(alert)).pri).toBe(DEFAULT_SYSLOG_FACILITY * 8 + sev);
      expect(parseSyslog(createSyslogFormat({ hostname: 'h', facility: 10 })(alert)).pri).toBe(80 + sev);
    }
    expect(syslogPri(13, 3)).toBe(107);
    expect(syslogPri(23, 7)).toBe(191);
  });

  it('refuses facilities outside 0-23 with a ConfigError', () => {
    for (const facility of [-1, 24, 1.5, Number.NaN]) {
      expect(() => createSyslogFormat({ hostname: 'h', facility })).toThrow(ConfigError);
    }
  });

  it('carries the alert in one SD-ELEMENT under the agentwatch private enterprise id', () => {
    const p = parseSyslog(format(ALERT));
    expect(p.sdId).toBe('agentwatch@32473');
    expect(isValidSdName(p.sdId)).toBe(true);
    expect(p.params.get('alert_id')).toBe(ALERT.alert_id);
    expect(p.params.get('detector')).toBe('never-seen-api');
    expect(p.params.get('severity')).toBe('high');
    expect(p.params.get('score')).toBe('78.5');
    expect(p.params.get('agent')).toBe('agent-invoice-bot-3');
    expect(p.params.get('on_behalf_of')).toBe('bob@corp.example');
    expect(p.params.get('api')).toBe('gmail:send');
    expect(parseSyslog(createSyslogFormat({ hostname: 'h', enterpriseNumber: 55555 })(ALERT)).sdId).toBe(
      'agentwatch@55555',
    );
  });

  it('uses only valid SD-NAMEs for parameters', () => {
    for (const name of SYSLOG_SD_PARAMS) expect(isValidSdName(name), name).toBe(true);
    expect(isValidSdName('a=b')).toBe(false);
    expect(isValidSdName('a b')).toBe(false);
    expect(isValidSdName('a]')).toBe(false);
    expect(isValidSdName('a"')).toBe(false);
    expect(isValidSdName('x'.repeat(33))).toBe(false);
    expect(isValidSdName('é')).toBe(false);
  });

  it('escapes ", \\ and ] in SD-PARAM values and flattens control characters', () => {
    expect(escapeSdParamValue('a"b\\c]d')).toBe('a\\"b\\\\c\\]d');
    expect(escapeSdParamValue('a\nb\rc\td')).toBe('a b c d');
    const p = parseSyslog(format(NASTY_ALERT));
    expect(p.params.get('alert_id')).toBe(`id-${NASTY}`.replace(/[\n\r\t]/g, ' '));
    expect(p.params.get('agent')).toBe(`agent ${NASTY}`.replace(/[\n\r\t]/g, ' '));
  });

  it('keeps header fields printable US-ASCII and within their lengths', () => {
    const p = parseSyslog(
      createSyslogFormat({ hostname: 'bad host ü', appName: 'x'.repeat(60) })(NASTY_ALERT),
    );
    expect(p.hostname).toBe('bad-host--');
    expect(p.appName).toHaveLength(48);
    expect(p.msgId.length).toBeLessThanOrEqual(32);
    expect(p.msgId).toMatch(/^[\x21-\x7e]+$/);
    expect(parseSyslog(createSyslogFormat({ hostname: '' })(ALERT)).hostname).toBe('-');
  });

  it('renders a one-line text MSG, with a BOM only when it is not ASCII', () => {
    const ascii = parseSyslog(format(ALERT));
    expect(ascii.msg).toBe(`${ALERT.title} -- ${ALERT.description}`);
    const line = format(NASTY_ALERT);
    expect(line).not.toMatch(/[\r\n]/);
    const nasty = parseSyslog(line);
    expect(nasty.msg.startsWith('\uFEFF')).toBe(true);
    expect(nasty.msg).toContain('東京 🚀');
    const noBom = parseSyslog(createSyslogFormat({ hostname: 'h', utf8Bom: false })(NASTY_ALERT));
    expect(noBom.msg.startsWith('title')).toBe(true);
  });

  it('can carry the CEF rendering as MSG', () => {
    const p = parseSyslog(createSyslogFormat({ hostname: 'h', msgFormat: 'cef' })(ALERT));
    expect(p.msg).toBe(cefFormat(ALERT));
  });

  it('omits absent SD-PARAMs and keeps long values', () => {
    const p = parseSyslog(format(MINIMAL_ALERT));
    for (const name of ['on_behalf_of', 'resource', 'tags', 'agent_name'])
      expect(p.params.has(name), name).toBe(false);
    expect(parseSyslog(format(alertWith({ alert_id: LONG }))).params.get('alert_id')).toBe(LONG);
  });

  it('has a registry default that uses this host and is a valid line', () => {
    expect(() => parseSyslog(syslogFormat(ALERT))).not.toThrow();
  });
});

describe('frameOctetCounting (RFC 6587)', () => {
  it('prefixes the UTF-8 byte length, not the UTF-16 length', () => {
    expect(frameOctetCounting('abc')).toBe('3 abc');
    // ü = 2 bytes, 東 = 3 bytes, 🚀 = 4 bytes (2 UTF-16 units).
    expect(frameOctetCounting('ü東🚀')).toBe('9 ü東🚀');
    const line = format(NASTY_ALERT);
    const framed = frameOctetCounting(line);
    const [len, ...rest] = framed.split(' ');
    expect(Number(len)).toBe(new TextEncoder().encode(line).length);
    expect(Number(len)).toBeGreaterThan(line.length);
    expect(rest.join(' ')).toBe(line);
  });
});
