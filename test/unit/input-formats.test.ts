import { describe, expect, it } from 'vitest';
import { INPUT_FORMATS } from '../../src/adapters/input-formats.js';

const line = JSON.stringify({
  event_id: 'e1',
  ts: '2026-03-02T03:00:00Z',
  agent: { id: 'a1' },
  action: { api: 'files.read' },
  attributes: { 'transcript.time': 'line_order', team: 'ops' },
});

describe('input formats', () => {
  it('believes a line-order time only where line order is given out (replay), not in the service', () => {
    const [replayed] = INPUT_FORMATS.v1({ lineOrderTime: true })(line, 1 << 16);
    const [served] = INPUT_FORMATS.v1({ lineOrderTime: false })(line, 1 << 16);
    expect(replayed?.ok && replayed.event.attributes).toEqual({
      'transcript.time': 'line_order',
      team: 'ops',
    });
    expect(served?.ok && served.event.attributes).toEqual({ team: 'ops' });
  });
});
