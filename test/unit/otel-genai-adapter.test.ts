import { describe, expect, it } from 'vitest';
import { decodeOtelGenai } from '../../src/adapters/otel-genai-adapter.js';

const attr = (key: string, value: string | number) => ({
  key,
  value: typeof value === 'number' ? { intValue: String(value) } : { stringValue: value },
});

function toolSpan(spanId: string, tool: string, extra: ReturnType<typeof attr>[] = []) {
  return {
    traceId: '5b8efff798038103d269b633813fc60c',
    spanId,
    name: `execute_tool ${tool}`,
    startTimeUnixNano: '1772442000000000000',
    endTimeUnixNano: '1772442000250000000',
    attributes: [
      attr('gen_ai.operation.name', 'execute_tool'),
      attr('gen_ai.agent.id', 'asst_5j66UpCpwteGg4YSxUnt7lPY'),
      attr('gen_ai.agent.name', 'Math Tutor'),
      attr('gen_ai.tool.name', tool),
      attr('gen_ai.tool.call.id', 'call_mszuSIzqtI65i1wAUOE8w5H4'),
      attr('gen_ai.conversation.id', 'conv_5j66UpCpwteGg4YSxUnt7lPY'),
      attr('gen_ai.tool.call.arguments', '{"location":"Paris","units":"metric","nested":{"x":1}}'),
      ...extra,
    ],
    status: { code: 0 },
  };
}

const request = {
  resourceSpans: [
    {
      resource: { attributes: [attr('service.name', 'tutor-service')] },
      scopeSpans: [
        {
          spans: [
            toolSpan('eee19b7ec3c1b174', 'get_weather', [attr('enduser.id', 'alice@example.com')]),
            { ...toolSpan('eee19b7ec3c1b175', 'send_email'), status: { code: 2 } },
            {
              traceId: '5b8efff798038103d269b633813fc60c',
              spanId: 'aaa19b7ec3c1b176',
              name: 'chat gpt-4o',
              startTimeUnixNano: '1772442000000000000',
              attributes: [attr('gen_ai.operation.name', 'chat')],
            },
            {
              ...toolSpan('bbb19b7ec3c1b177', 'lookup'),
              attributes: [attr('gen_ai.operation.name', 'execute_tool'), attr('gen_ai.tool.name', 'lookup')],
            },
          ],
        },
      ],
    },
  ],
};

describe('OpenTelemetry GenAI adapter', () => {
  const decoded = decodeOtelGenai(JSON.stringify(request), 1 << 20);

  it('maps execute_tool spans onto v1 events and skips other spans', () => {
    expect(decoded).toHaveLength(3);
    const [first, second] = decoded;
    expect(first?.ok && first.event).toMatchObject({
      event_id: '5b8efff798038103d269b633813fc60c:eee19b7ec3c1b174',
      ts: 1_772_442_000_000,
      trace_id: '5b8efff798038103d269b633813fc60c',
      session_id: 'conv_5j66UpCpwteGg4YSxUnt7lPY',
      agent: { id: 'asst_5j66UpCpwteGg4YSxUnt7lPY', name: 'Math Tutor' },
      action: {
        api: 'get_weather',
        service: 'tutor-service',
        parameters: { location: 'Paris', units: 'metric' },
      },
      on_behalf_of: { id: 'alice@example.com', type: 'user' },
      outcome: 'success',
      attributes: { 'gen_ai.tool.call.id': 'call_mszuSIzqtI65i1wAUOE8w5H4' },
    });
    expect(second?.ok && second.event.outcome).toBe('failure');
  });

  it('refuses a tool span without an agent id, saying what is missing', () => {
    expect(decoded[2]).toEqual({
      ok: false,
      reason: 'schema_violation',
      error: 'execute_tool span without gen_ai.agent.id',
    });
  });

  it('accepts a single span with flat attributes', () => {
    const [one] = decodeOtelGenai(
      JSON.stringify({
        trace_id: 't1',
        span_id: 's1',
        name: 'execute_tool search',
        start_time: '2026-03-02T09:00:00Z',
        attributes: { 'gen_ai.agent.id': 'a1', 'gen_ai.tool.name': 'search' },
      }),
      1 << 20,
    );
    expect(one?.ok && one.event).toMatchObject({
      event_id: 't1:s1',
      agent: { id: 'a1' },
      action: { api: 'search' },
    });
  });

  it('reports malformed JSON like the v1 decoder', () => {
    expect(decodeOtelGenai('{"resourceSpans": [', 1024)[0]).toMatchObject({
      ok: false,
      reason: 'malformed_json',
    });
  });
});
