import { describe, expect, it } from 'vitest';
import type { Alert } from '../../schemas/alert.js';
import { cefFormat } from '../../src/formats/cef-format.js';
import { leefFormat } from '../../src/formats/leef-format.js';
import { createSyslogFormat } from '../../src/formats/syslog-format.js';
import { Rng } from '../../src/simulation/prng.js';
import { escapeControls, oneLine } from '../../src/text/line-safe-text.js';
import { ALERT } from './alert-fixture.js';

/** Characters an event may carry that end or forge a line, or drive a terminal. */
const FORGERS = [
  '\u0000',
  '\u001b',
  '\r',
  '\n',
  '\r\n',
  '\u000b',
  '\u000c',
  '\u0085',
  '\u2028',
  '\u2029',
  '\u007f',
  '\u009b',
  '\u0007',
];
// eslint-disable-next-line no-control-regex -- what must not appear in a rendered line (TAB aside)
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/;

/** The alert with every text field an event can fill carrying `bad`, as a forged record. */
function poisoned(bad: string): Alert {
  const forged = `x${bad}CEF:0|evil|forged|1|x|y|10|`;
  return {
    ...ALERT,
    title: `title ${forged}`,
    description: `description ${forged}`,
    agent: { ...ALERT.agent, id: `agent${forged}`, name: `name${forged}`, owner: `owner${forged}` },
    on_behalf_of: { id: `user${forged}`, type: 'user' },
    delegation_chain: [`root${forged}`],
    action: { ...ALERT.action, api: `api${forged}`, service: `svc${forged}` },
    resource: { id: `res${forged}`, type: `type${forged}`, sensitivity: 'restricted' },
    intent: { task_id: `task${forged}` },
    event_ids: [`ev${forged}`],
  };
}

const RENDERINGS: [string, (a: Alert) => string][] = [
  ['cef', cefFormat],
  ['leef', leefFormat],
  ['syslog text', createSyslogFormat({ hostname: 'h' })],
  ['syslog cef', createSyslogFormat({ hostname: 'h', msgFormat: 'cef' })],
];

describe('line-oriented renderings cannot be forged by event text', () => {
  for (const [name, render] of RENDERINGS) {
    it(`${name}: one line, no control character, whatever the fields hold`, () => {
      for (const bad of FORGERS) {
        const line = render(poisoned(bad));
        expect(UNSAFE.test(line), `${name} with ${JSON.stringify(bad)}: ${JSON.stringify(line)}`).toBe(false);
      }
    });

    it(`${name}: seeded random control characters anywhere stay out`, () => {
      const rng = new Rng(5);
      for (let trial = 0; trial < 300; trial += 1) {
        let text = '';
        for (let i = 0; i < 20; i += 1)
          text += rng.chance(0.3) ? rng.pick(FORGERS) : String.fromCharCode(rng.int(0x20, 0x2fff));
        expect(UNSAFE.test(render(poisoned(text)))).toBe(false);
      }
    });
  }

  it('oneLine makes line breaks spaces and other controls U+FFFD; escapeControls shows them', () => {
    expect(oneLine('a\r\nb\u2028c\u0000d\u001be')).toBe('a b c\ufffdd\ufffde');
    expect(oneLine('plain\ttab')).toBe('plain\ttab');
    expect(escapeControls('bad \u001b[2J\r\nline\u2028')).toBe('bad \\u001b[2J\\r\\nline\\u2028');
  });
});
