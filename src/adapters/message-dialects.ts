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
 * A call without an id (Gemini, the legacy form) gets one, and a result naming only its function is
 * paired with the oldest unanswered call of that name, so results still ground or taint the calls
 * that follow them.
 */

/** A JSON object of a recorded conversation. */
export type Json = Record<string, unknown>;

/** Whether a parsed JSON value is an object (not an array, not null). */
export function isRecord(value: unknown): value is Json {
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

/**
 * The prefix of an id made up for a call that came without one. It holds a character no producer
 * writes into an id, so it cannot meet a real one, and the adapter does not record it as the call's id.
 */
const MADE_UP_ID = '\u0000call-';

/** Whether a call id was made up here (see `MADE_UP_ID`). */
export function isMadeUpCallId(id: string): boolean {
  return id.startsWith(MADE_UP_ID);
}

/**
 * Pairs results that name only their function with its calls: the oldest unanswered call of that
 * name first, as parallel calls of one function are answered in the order they were made.
 */
class CallsByName {
  private readonly waiting = new Map<string, string[]>();
  private made = 0;

  /** Records a call; returns its id, made up when it has none. */
  call(name: string, given: unknown): string {
    const id = typeof given === 'string' && given !== '' ? given : `${MADE_UP_ID}${(this.made += 1)}`;
    const queue = this.waiting.get(name);
    if (queue) queue.push(id);
    else this.waiting.set(name, [id]);
    return id;
  }

  /** The id a result answers: its own (then no longer waiting), else the oldest unanswered call's. */
  answer(given: unknown, name: unknown): unknown {
    if (given !== undefined && given !== null) {
      for (const queue of typeof name === 'string' ? [this.waiting.get(name)] : this.waiting.values()) {
        const at = queue?.indexOf(given as string) ?? -1;
        if (at >= 0) queue?.splice(at, 1);
      }
      return given;
    }
    return typeof name === 'string' ? this.waiting.get(name)?.shift() : undefined;
  }
}

/** Rewrites the items of one conversation; the adapter reads the result as Chat Completions messages. */
export function normaliseMessages(items: readonly unknown[]): Json[] {
  const out: Json[] = [];
  const calls = new CallsByName();
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
            id: calls.call(item['name'], item['call_id'] ?? item['id']),
            function: { name: item['name'], arguments: item['arguments'] },
          },
        ],
      });
      continue;
    }
    if (kind === 'function_call_output') {
      out.push({ role: 'tool', tool_call_id: item['call_id'], content: resultContent(item['output']) });
      continue;
    }
    const declared = typeof item['role'] === 'string' ? item['role'] : typeof kind === 'string' ? kind : '';
    // A Gemini turn without a role is the user's (a single-turn request).
    const role =
      ROLE_ALIASES[declared] ?? (declared === '' && Array.isArray(item['parts']) ? 'user' : declared);
    const message: Json = { ...item, role };
    if (Array.isArray(item['parts'])) {
      out.push(...fromParts(message, item['parts'], calls));
      continue;
    }
    const legacy = item['function_call'];
    if (role === 'assistant' && isRecord(legacy) && typeof legacy['name'] === 'string') {
      const given: unknown[] = Array.isArray(item['tool_calls']) ? (item['tool_calls'] as unknown[]) : [];
      message['tool_calls'] = [
        ...given,
        {
          id: calls.call(legacy['name'], undefined),
          function: { name: legacy['name'], arguments: legacy['arguments'] },
        },
      ];
    }
    // The legacy result names its function only; a `tool` message is paired by its id, as ever.
    if (role === 'function' && message['tool_call_id'] === undefined)
      message['tool_call_id'] = calls.answer(undefined, item['name']);
    // LangChain marks a failed tool run with `status: "error"`.
    if (role === 'tool' && item['status'] === 'error' && message['error'] === undefined)
      message['error'] = true;
    out.push(message);
  }
  return out;
}

/** A Gemini message: its text, its function calls, and its function responses as tool messages. */
function fromParts(message: Json, parts: readonly unknown[], calls: CallsByName): Json[] {
  const texts: string[] = [];
  const made: Json[] = [];
  const results: Json[] = [];
  for (const part of parts) {
    if (!isRecord(part)) continue;
    if (typeof part['text'] === 'string') texts.push(part['text']);
    const call = part['functionCall'] ?? part['function_call'];
    if (isRecord(call) && typeof call['name'] === 'string')
      made.push({
        id: calls.call(call['name'], call['id']),
        function: { name: call['name'], arguments: call['args'] },
      });
    const response = part['functionResponse'] ?? part['function_response'];
    if (isRecord(response)) {
      const body = response['response'];
      results.push({
        role: 'tool',
        tool_call_id: calls.answer(response['id'], response['name']),
        content: resultContent(body),
        // A function that failed answers with an `error` member.
        ...(isRecord(body) && body['error'] !== undefined && body['error'] !== null ? { error: true } : {}),
      });
    }
  }
  const rest: Json = { ...message };
  delete rest['parts'];
  const out: Json[] = [];
  // A user's words in the same turn as results are the user's request, after the results.
  out.push(...results);
  if (texts.length > 0 || made.length > 0)
    out.push({ ...rest, content: texts.join('\n'), ...(made.length > 0 ? { tool_calls: made } : {}) });
  return out;
}

/** A result as the adapter reads content: text, or text blocks, as they are; anything else as JSON. */
function resultContent(value: unknown): unknown {
  if (typeof value === 'string' || Array.isArray(value)) return value;
  if (value === undefined || value === null) return '';
  return JSON.stringify(value);
}
