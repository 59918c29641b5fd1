/**
 * The message dialects of recorded conversations, read into the one the transcript adapter walks: the
 * OpenAI Chat Completions form (`role`, `content`, `tool_calls[].function {name, arguments}`, results
 * as `role: "tool"` with `tool_call_id`), which the AgentDojo `{function, args}` calls and Anthropic
 * `tool_use` / `tool_result` blocks already share closely enough to be read as they are. The others
 * are rewritten, one item at a time, into that form:
 *
 * - LangChain: `type` for the role (`human`, `ai`, `tool`, `system`), or `{type, data}` as
 *   `messages_to_dict` writes it; calls as `tool_calls[] {name, args, id}`.
 * - The OpenAI Responses API: items `{type: "function_call", name, arguments, call_id}` and
 *   `{type: "function_call_output", call_id, output}` beside `{type: "message", role, content}`.
 * - Gemini: `role: "model"` and `parts[]` holding `text`, `functionCall {name, args}` and
 *   `functionResponse {name, response}`.
 * - The legacy OpenAI `function_call {name, arguments}` and its `role: "function"` result.
 *
 * A call without an id (Gemini, the legacy form) gets one, and a result naming its function is paired
 * with the latest call of that name, so results still ground or taint the calls that follow them.
 */

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Roles of the other dialects, as the Chat Completions form names them. */
const ROLE_ALIASES: Readonly<Record<string, string>> = {
  ai: 'assistant',
  model: 'assistant',
  human: 'user',
  developer: 'system',
  ipython: 'tool',
};

/** Rewrites the items of one conversation; the adapter reads the result as Chat Completions messages. */
export function normaliseMessages(items: readonly unknown[]): Json[] {
  const out: Json[] = [];
  // The id of the latest call of each function name, for results that name their function only.
  const latestByName = new Map<string, string>();
  let synthetic = 0;
  // A dialect whose calls have no ids (Gemini, the legacy form) gets one made up for each call.
  const idFor = (name: string, given: unknown): string => {
    const id = typeof given === 'string' && given !== '' ? given : `call-${(synthetic += 1)}`;
    latestByName.set(name, id);
    return id;
  };
  const remember = (call: unknown): void => {
    if (!isRecord(call) || typeof call['id'] !== 'string') return;
    const fn = call['function'];
    const name = isRecord(fn) ? fn['name'] : typeof fn === 'string' ? fn : call['name'];
    if (typeof name === 'string') latestByName.set(name, call['id']);
  };
  const resultId = (given: unknown, name: unknown): unknown =>
    given ?? (typeof name === 'string' ? latestByName.get(name) : undefined);

  for (const raw of items) {
    if (!isRecord(raw)) continue;
    // `messages_to_dict`: {type: "ai", data: {content, tool_calls, ...}}.
    const item: Json =
      raw['role'] === undefined && typeof raw['type'] === 'string' && isRecord(raw['data'])
        ? { ...raw['data'], type: raw['type'] }
        : raw;
    const kind = item['type'];
    if (kind === 'function_call' && typeof item['name'] === 'string') {
      out.push({
        role: 'assistant',
        tool_calls: [
          {
            id: idFor(item['name'], item['call_id'] ?? item['id']),
            function: { name: item['name'], arguments: item['arguments'] },
          },
        ],
      });
      continue;
    }
    if (kind === 'function_call_output') {
      out.push({ role: 'tool', tool_call_id: item['call_id'], content: textOf(item['output']) });
      continue;
    }
    const declared = typeof item['role'] === 'string' ? item['role'] : typeof kind === 'string' ? kind : '';
    const role = ROLE_ALIASES[declared] ?? declared;
    const message: Json = { ...item, role };
    if (Array.isArray(item['parts'])) {
      out.push(...fromParts(message, item['parts'], idFor, resultId));
      continue;
    }
    const legacy = item['function_call'];
    if (role === 'assistant' && isRecord(legacy) && typeof legacy['name'] === 'string') {
      const calls: unknown[] = Array.isArray(item['tool_calls']) ? (item['tool_calls'] as unknown[]) : [];
      message['tool_calls'] = [
        ...calls,
        {
          id: idFor(legacy['name'], undefined),
          function: { name: legacy['name'], arguments: legacy['arguments'] },
        },
      ];
    }
    if (role === 'assistant' && Array.isArray(message['tool_calls'])) message['tool_calls'].forEach(remember);
    if ((role === 'tool' || role === 'function') && message['tool_call_id'] === undefined)
      message['tool_call_id'] = resultId(undefined, item['name']);
    // LangChain marks a failed tool run with `status: "error"`.
    if (role === 'tool' && item['status'] === 'error' && message['error'] === undefined)
      message['error'] = true;
    out.push(message);
  }
  return out;
}

/** A Gemini message: its text, its function calls, and its function responses as tool messages. */
function fromParts(
  message: Json,
  parts: readonly unknown[],
  idFor: (name: string, given: unknown) => string,
  resultId: (given: unknown, name: unknown) => unknown,
): Json[] {
  const texts: string[] = [];
  const calls: Json[] = [];
  const results: Json[] = [];
  for (const part of parts) {
    if (!isRecord(part)) continue;
    if (typeof part['text'] === 'string') texts.push(part['text']);
    const call = part['functionCall'] ?? part['function_call'];
    if (isRecord(call) && typeof call['name'] === 'string')
      calls.push({
        id: idFor(call['name'], call['id']),
        function: { name: call['name'], arguments: call['args'] },
      });
    const response = part['functionResponse'] ?? part['function_response'];
    if (isRecord(response))
      results.push({
        role: 'tool',
        tool_call_id: resultId(response['id'], response['name']),
        content: textOf(response['response']),
      });
  }
  const rest: Json = { ...message };
  delete rest['parts'];
  const out: Json[] = [];
  if (texts.length > 0 || calls.length > 0)
    out.push({ ...rest, content: texts.join('\n'), ...(calls.length > 0 ? { tool_calls: calls } : {}) });
  out.push(...results);
  return out;
}

/** A result's text: a string as it is, anything else as its JSON. */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined || value === null) return '';
  return JSON.stringify(value);
}
