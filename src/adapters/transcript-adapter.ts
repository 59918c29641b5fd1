import { createHash } from 'node:crypto';
import { EVENT_LIMITS, type AgentEventInput } from '../../schemas/event.js';
import { ADDRESS_SHAPE, valueTokens } from '../events/event-keys.js';
import { LINE_ORDER_TIME, TRANSCRIPT_TIME_ATTRIBUTE } from '../events/line-order-time.js';
import { isMadeUpCallId, isRecord, normaliseMessages, type Json } from './message-dialects.js';
import { parseRecord, validateEvent, type Decoded, type RecordDecoder } from '../pipeline/event-decoder.js';

/**
 * Agent conversations with tool calls -> v1 events (`--input-format transcript`). One conversation
 * per line: an object with `messages` and optional v1 context (`agent`, `on_behalf_of`,
 * `delegation_chain`, `session_id`, `trace_id`, `intent`, `credential`, `source_ip`, `user_agent`)
 * and `ts`, the time of the first message. Every tool call becomes one event, in order, one second
 * apart. Three shapes of call are read as they are, and the other dialects (LangChain, the Responses
 * API, Gemini, the legacy `function_call`; message-dialects.ts) are rewritten into the first:
 * - OpenAI Chat Completions: `assistant.tool_calls[] = {id, function: {name, arguments}}` (arguments a
 *   JSON string or an object), results as `{role: "tool", tool_call_id, content}`;
 * - AgentDojo / Invariant traces: `assistant.tool_calls[] = {id, function: "name", args: {...}}`,
 *   results as `{role: "tool", tool_call_id, content, error}`;
 * - Anthropic Messages: `{type: "tool_use", id, name, input}` blocks in an assistant's content,
 *   results as `{type: "tool_result", tool_use_id, content, is_error}` blocks in a user message.
 *
 * Mapping: `event_id` = `<session_id>:<call index>`; `action.api` = the tool's name; scalar arguments
 * become `action.parameters` (a list of scalars is joined with ", ", a nested object is kept as its
 * JSON text); `intent.description` = the first user message (the declared intent), unless the line's
 * own `intent.description` says otherwise; `outcome` = `failure` when the tool result is an error.
 * Tool results are used for provenance only: each string argument gets an attribute
 * `provenance.<parameter>` = `request` when the user's messages contain it; `named_record` when only
 * an earlier tool result does, as a field's whole value, in what a call read whose arguments the user
 * gave (the `IBAN:` line of the bill file the request names, the bare id a lookup by the user's
 * address returned), or the bare value an argument-less call
 * returned (`get_iban()`); `record` when it is such a field of any
 * other record read (a JSON leaf, a line of a YAML or `key: value` text: the sender of an email, the
 * account on a vendor record); `tool_result` when some of it appears only inside longer text the
 * agent read (a document, a message body: where injected instructions live). An argument the model
 * composed (`ach:121000358:90044172`) is judged by its numbers of six digits or more, each of which
 * must have been read and none said by the user; text the model composed by the addresses written
 * in it (a link in a status note: `tool_result` when only content holds one of them). Arguments the
 * model wrote get none. A call whose
 * one-word argument (an id, a name, an address), found inside content (`tool_result`), takes the
 * place of another written alike (digits aside) that the same argument held earlier in the
 * conversation from a record the user pointed at or from no origin at all (an order to supplier
 * `SUP-1063`, then to `SUP-9931` named in that supplier's notice) gets `displaces.<parameter>` = that
 * earlier value.
 * A line without `messages` is refused with its reason. Without `agent` (or with `null`), the calls
 * are those of one agent, `transcript-agent` (a benchmark's or a single assistant's log). Without
 * `ts`, in a replay of a file, the conversation follows the one before it in the stream, a minute
 * after that one's last call (or its stated start, when it made none), the first at Monday 2000-01-03
 * 09:00 UTC, and its events say so (`transcript.time` = `line_order`): the alerts of a replay stay
 * the same, but the hours of such conversations are not their real ones: off-hours-access skips
 * them and they do not feed the agent's hour profile. The service (`run`) refuses such a line: its
 * partitions interleave, a restart would start the clock again and a redelivered line would get
 * another time.
 */

/** A tool call found in an assistant message, before it becomes an event. */
interface ToolCall {
  id: string | undefined;
  name: string;
  args: Json;
}

/** Plain text of a message's content: a string, or the text of its text blocks. */
function contentText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  const parts: string[] = [];
  for (const block of content) {
    if (typeof block === 'string') parts.push(block);
    else if (isRecord(block) && typeof block['text'] === 'string') parts.push(block['text']);
    else if (isRecord(block) && block['type'] === 'tool_result') parts.push(contentText(block['content']));
  }
  return parts.join('\n');
}

function parseArguments(raw: unknown): Json {
  if (isRecord(raw)) return raw;
  if (typeof raw !== 'string' || raw.trim() === '') return {};
  try {
    const parsed: unknown = JSON.parse(raw);
    return isRecord(parsed) ? parsed : { arguments: raw };
  } catch {
    // A model may emit arguments that are not JSON: keep the text rather than lose the call.
    return { arguments: raw };
  }
}

/** Tool calls of one assistant message, in the order written. */
function toolCalls(message: Json): ToolCall[] {
  const out: ToolCall[] = [];
  const calls = message['tool_calls'];
  if (Array.isArray(calls)) {
    for (const call of calls) {
      if (!isRecord(call)) continue;
      const id = typeof call['id'] === 'string' ? call['id'] : undefined;
      const fn = call['function'];
      if (isRecord(fn) && typeof fn['name'] === 'string')
        out.push({ id, name: fn['name'], args: parseArguments(fn['arguments']) });
      else if (typeof fn === 'string') out.push({ id, name: fn, args: parseArguments(call['args']) });
      // LangChain's `{name, args, id}` (and its kin with `arguments` or `input`).
      else if (typeof call['name'] === 'string')
        out.push({
          id,
          name: call['name'],
          args: parseArguments(call['args'] ?? call['arguments'] ?? call['input']),
        });
    }
  }
  const content = message['content'];
  if (Array.isArray(content)) {
    for (const block of content) {
      if (!isRecord(block) || block['type'] !== 'tool_use' || typeof block['name'] !== 'string') continue;
      const id = typeof block['id'] === 'string' ? block['id'] : undefined;
      // LangChain records a Claude turn's calls twice, as `tool_use` blocks and as `tool_calls`: once.
      if (id !== undefined && out.some((call) => call.id === id)) continue;
      out.push({ id, name: block['name'], args: parseArguments(block['input']) });
    }
  }
  return out;
}

type Scalar = string | number | boolean;

function clip(text: string): string {
  return text.length > EVENT_LIMITS.parameterValueLength
    ? text.slice(0, EVENT_LIMITS.parameterValueLength)
    : text;
}

/** Arguments as a flat map of scalars (the event's `action.parameters`). */
function flatParameters(args: Json): Record<string, Scalar> {
  const out: Record<string, Scalar> = {};
  for (const [key, value] of Object.entries(args)) {
    if (Object.keys(out).length >= EVENT_LIMITS.parameterEntries) break;
    const k = key.slice(0, EVENT_LIMITS.idLength);
    if (typeof value === 'string') out[k] = clip(value);
    else if (typeof value === 'number' && Number.isFinite(value)) out[k] = value;
    else if (typeof value === 'boolean') out[k] = value;
    else if (Array.isArray(value) && value.every((v) => ['string', 'number', 'boolean'].includes(typeof v)))
      out[k] = clip(value.map(String).join(', '));
    else if (value !== null && value !== undefined) out[k] = clip(JSON.stringify(value));
  }
  return out;
}

/** Lower case with runs of blanks folded: how argument values are looked up in texts. */
function folded(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ');
}

/** The string values an argument holds (a list gives each of its items). */
function argumentStrings(value: unknown): string[] {
  if (typeof value === 'string') return addressList(value) ?? [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

/**
 * The addresses of a text that is nothing but a list of them (`"ann@x.example, bob@y.example"`, as
 * a model writes several attendees or recipients into one string): its elements, read like a JSON
 * list's, each by its own origin. Undefined for any other text.
 */
function addressList(value: string): string[] | undefined {
  if (!value.includes('@') || !/[,;]/.test(value)) return undefined;
  const parts = value
    .split(/[,;]/)
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.length > 1 && parts.every((p) => WHOLE_ADDRESS.test(p)) ? parts : undefined;
}

/** The JSON object a text is, when it is one (not an array, not text). */
function jsonObject(text: string): Record<string, unknown> | undefined {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{')) return undefined;
  try {
    const parsed: unknown = JSON.parse(trimmed);
    return isRecord(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** Record fields remembered per conversation for generic updates (see `recordValues`). */
const MAX_RECORD_VALUES = 256;

/** The argument of a generic update that names the field it sets (`field: "till"`). */
const FIELD_SELECTOR_KEYS = /^(?:field|field_name|attribute|property|column)$/i;

/** The argument of a generic update that holds the field's new value (`value: "TILL-781524"`). */
const NEW_VALUE_KEYS = /^(?:value|new_value|new)$/i;

/** Mails with a sender remembered per conversation (the latest): each is searched for a call's content words. */
const MAX_MAILS = 32;

/** A mail address, as a sender line or field writes it. */
const ADDRESS = String.raw`[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+`;

/** A whole mail address (a list's element). */
const WHOLE_ADDRESS = new RegExp(`^${ADDRESS}$`, 'i');

/** A mail header's sender line (`From: Mike <logistics@example.com>`), read one line at a time. */
const FROM_LINE = new RegExp(
  String.raw`^[ \t]*from[ \t]*:[ \t]*(?:[^<\n]{0,200}<)?[ \t]*(${ADDRESS})[ \t]*>?[ \t]*$`,
  'i',
);

/** Whether a text has a line that may open a mail (`From:`): most tool results have none. */
const MAY_HOLD_FROM_LINE = /(?:^|\n)[ \t]*from[ \t]*:/i;

/** Whether a JSON text may hold a record with a sender field. */
const MAY_HOLD_SENDER_FIELD = /"(?:from|sender)"/;

/** Longest line read as a header: a sender line is short. */
const MAX_HEADER_LINE = 320;

/** A mail address inside a record's short sender field (`Mike <logistics@example.com>`). */
const ADDRESS_IN = new RegExp(`(${ADDRESS})`, 'i');

/** A mail the agent read: its text and its sender, lower case. */
interface ReadMail {
  text: string;
  sender: string;
}

/**
 * The mails a tool result holds, each with its own sender: the records of a JSON listing (an array of
 * mails, or a record holding one) with a `from` or `sender` field, or the blocks of a text that each
 * open with a `From:` line. One mail's words are never another's: an inbox listing a phishing mail
 * beside a supplier's invoice credits each call to the mail it took its words from.
 */
function mailsIn(text: string): ReadMail[] {
  // Two scans decide for most results, which hold no mail: no second parse, no split into lines.
  const json = /^\s*[[{]/.test(text);
  if (!(json && MAY_HOLD_SENDER_FIELD.test(text)) && !MAY_HOLD_FROM_LINE.test(text)) return [];
  if (json) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    if (parsed !== undefined) return recordMails(parsed);
  }
  return textMails(text);
}

function recordMails(root: unknown): ReadMail[] {
  const out: ReadMail[] = [];
  const visit = (node: unknown, depth: number): void => {
    if (out.length >= MAX_MAILS || depth > 3) return;
    if (Array.isArray(node)) {
      for (const item of node) visit(item, depth + 1);
      return;
    }
    if (!isRecord(node)) return;
    const sender = fieldSender(node);
    if (sender !== undefined) {
      out.push({ text: JSON.stringify(node), sender });
      return;
    }
    for (const value of Object.values(node))
      if (Array.isArray(value) || isRecord(value)) visit(value, depth + 1);
  };
  visit(root, 0);
  return out;
}

/** A record's sender: its `from` or `sender` field, a string or `{email|address}`. */
function fieldSender(record: Json): string | undefined {
  for (const key of ['from', 'sender']) {
    const field = record[key];
    const value =
      typeof field === 'string'
        ? field
        : isRecord(field)
          ? ['email', 'address'].map((k) => field[k]).find((v): v is string => typeof v === 'string')
          : undefined;
    if (value === undefined || value.length > MAX_HEADER_LINE) continue;
    const match = ADDRESS_IN.exec(value);
    if (match?.[1] !== undefined) return match[1].toLowerCase();
  }
  return undefined;
}

function textMails(text: string): ReadMail[] {
  const out: ReadMail[] = [];
  let current: { lines: string[]; sender: string } | undefined;
  for (const line of text.split('\n')) {
    const header = line.length <= MAX_HEADER_LINE ? FROM_LINE.exec(line) : null;
    if (header?.[1] !== undefined) {
      if (current !== undefined) out.push({ text: current.lines.join('\n'), sender: current.sender });
      if (out.length >= MAX_MAILS) return out;
      current = { lines: [], sender: header[1].toLowerCase() };
    }
    current?.lines.push(line);
  }
  if (current !== undefined) out.push({ text: current.lines.join('\n'), sender: current.sender });
  return out;
}

/** The sender of the latest mail read whose text holds the argument's words. */
function senderOf(value: unknown, mails: readonly ReadMail[]): string | undefined {
  const texts = argumentStrings(value)
    .map((v) => folded(v.trim()))
    .filter((v) => v.length >= 3);
  if (texts.length === 0) return undefined;
  for (let i = mails.length - 1; i >= 0; i -= 1) {
    const mail = mails[i];
    if (mail !== undefined && texts.some((t) => mail.text.includes(t))) return mail.sender;
  }
  return undefined;
}

/** Where an argument came from: see `provenance`. */
type Provenance = 'request' | 'named_record' | 'record' | 'tool_result';

/**
 * Whole field values read so far: `any`, of every record the agent read; `named`, of what it read
 * through a call whose arguments the user gave (the bill file the request names): the user pointed
 * at that record, so its fields are as good as the user's words.
 */
interface Fields {
  any: Set<string>;
  named: Set<string>;
}

/**
 * Where an argument's text came from: the user's request, a field of a record the agent read,
 * content the agent read, or neither. Values shorter than 3 characters say nothing about their origin.
 */
function provenance(value: unknown, request: string, read: string, fields: Fields): Provenance | undefined {
  const texts = argumentStrings(value)
    .map((v) => folded(v.trim()))
    .filter((v) => v.length >= 3);
  if (texts.length === 0) return undefined;
  const readOnly = texts.filter((t) => read.includes(t) && !request.includes(t));
  if (readOnly.length > 0) {
    if (readOnly.every((t) => fields.named.has(t))) return 'named_record';
    return readOnly.every((t) => fields.named.has(t) || fields.any.has(t)) ? 'record' : 'tool_result';
  }
  if (texts.every((t) => request.includes(t))) return 'request';
  return numbersProvenance(texts, request, read, fields) ?? embeddedProvenance(texts, request, read, fields);
}

/**
 * Where text the model composed got the addresses written inside it: a link in a status note, a
 * mailbox in a reply, that only content the agent read holds (`tool_result`), inside longer text (a
 * document, a message body), none of them the user's. The text carries them wherever it goes; words
 * around them say nothing of their origin. An address that is a whole field of a record read (the
 * `url` of a knowledge-base hit) marks nothing, as before: the text quotes a record.
 */
function embeddedProvenance(
  texts: string[],
  request: string,
  read: string,
  fields: Fields,
): Provenance | undefined {
  const insideText = (w: string) =>
    ADDRESS_SHAPE.test(w) &&
    read.includes(w) &&
    !request.includes(w) &&
    !fields.named.has(w) &&
    !fields.any.has(w);
  return texts.some((t) => valueTokens(t).some(insideText)) ? 'tool_result' : undefined;
}

/**
 * Whether an argument's first value in a conversation, from this origin, is one a value found inside
 * content may be said to displace: the party of a record the user pointed at (the ticket's seller),
 * or the one the model resolved the request to (no origin: the supplier id of the supplier the user
 * named). Not the user's own words: a request names where to look as well as what to act on ("the
 * details are in Alice's inbox"); not another value read from content or a record (the next page of
 * results).
 */
function displaceable(origin: Provenance | undefined): boolean {
  return origin === undefined || origin === 'named_record';
}

/**
 * Whether two values are written alike: the same kind of record, one in the place of the other.
 * Codes keep their words and lose their numbers (`SUP-1063` and `SUP-9931`, `S-59046` and `S-52458`
 * are alike; a customer id and a ticket id under a generic `id`, `CUS-3000` and `TCK-5500`, are not);
 * a bare id keeps its kind and length (two 20-character directory ids are alike).
 */
function sameShape(a: string, b: string): boolean {
  // Ids only (a digit or an address in each): two words alike are labels and statuses (`pending`,
  // `resolved`), set in turn as a thread goes on, not one party in the place of another.
  const id = (v: string) => /\d/.test(v) || v.includes('@');
  return id(a) && id(b) && valueShape(a) === valueShape(b);
}

function valueShape(value: string): string {
  const parts = value.toLowerCase().split(/([-_:/.@\s])/);
  if (parts.length === 1) {
    const only = parts[0] ?? '';
    return /^[a-z]+$/.test(only) ? 'w' : /^\d+$/.test(only) ? `n${only.length}` : `x${only.length}`;
  }
  return parts
    .map((p) => (/^[a-z]*$/.test(p) || /^[-_:/.@\s]$/.test(p) ? p : /^\d+$/.test(p) ? '9' : '#'))
    .join('');
}

/** Shortest run of digits read as an account, routing or card number. */
const NUMBER_RUN = /\d{6,}/g;

/**
 * Where an argument the model composed came from, by the long numbers in it: a destination written
 * as `ach:121000358:90044172` from "routing 121000358, account 90044172" in a document holds no
 * value read whole, yet every number in it was read and the user said none of them. Only content
 * (`tool_result`) or no origin at all: see below.
 */
function numbersProvenance(
  texts: string[],
  request: string,
  read: string,
  fields: Fields,
): Provenance | undefined {
  const runs = texts.flatMap((t) => t.match(NUMBER_RUN) ?? []);
  if (runs.length === 0 || !runs.every((r) => read.includes(r) && !request.includes(r))) return undefined;
  // A composed value is no record's field, whatever fields its numbers match one by one (an account
  // number of the user's own record beside a routing number from anywhere): it claims content or
  // nothing.
  return runs.every((r) => fields.named.has(r) || fields.any.has(r)) ? undefined : 'tool_result';
}

/**
 * A `key: value` or `- value` line of a YAML or plain-text record (the value unquoted). A key is one
 * or two words: "Please send it to: …" is a sentence, not a field.
 */
const FIELD_LINE =
  /^\s*(?:-\s+)?(?:["']?[\w$@.-]+(?: [\w$@.-]+)?["']?\s*[:=]\s*|-\s*)["']?(.+?)["']?\s*,?\s*$/;

/**
 * Adds the whole values of fields in a tool result to `into` (folded): the leaves (and keys) of a JSON
 * document, and the values of `key: value` and `- value` lines of a text that is mostly such lines,
 * outside YAML block scalars. A value inside a sentence, or a line in prose, is no record's field: an
 * instruction injected into a document or a message body stays content. A producer that controls a
 * record's fields (a vendor master edited by an attacker) is beyond what the structure can tell.
 */
function collectFields(text: string, into: Set<string>, named: boolean): void {
  const addLeaves = (node: unknown, depth: number): void => {
    if (depth > 8) return;
    if (typeof node === 'string') into.add(folded(node.trim()));
    else if (typeof node === 'number') into.add(String(node));
    else if (Array.isArray(node)) for (const item of node) addLeaves(item, depth + 1);
    else if (isRecord(node))
      for (const [key, item] of Object.entries(node)) {
        // A map keyed by ids (`{"credit_card_781": {...}}`) names its records by its keys.
        if (key.length >= 3) into.add(folded(key));
        addLeaves(item, depth + 1);
      }
  };
  const trimmed = text.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch {
      // Not JSON after all: read it line by line below.
    }
    if (parsed !== undefined) {
      const inner = unwrapped(parsed);
      if (inner === undefined) addLeaves(parsed, 0);
      else collectFields(inner, into, named);
      return;
    }
  }
  // Lines are fields only in a record written as lines (YAML, `key: value` text): most of its lines
  // are fields. In prose, a mail or a web page, a `key: value` line is as easy to inject as a sentence.
  const fields: string[] = [];
  let fieldLines = 0;
  let lines = 0;
  let blockIndent = -1;
  let quote: string | undefined;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    // Inside a quoted scalar that runs over several lines (`body: 'Hi Emma,`): free text.
    if (quote !== undefined) {
      if (line.trimEnd().endsWith(quote)) quote = undefined;
      continue;
    }
    const indent = line.length - line.trimStart().length;
    // Inside a YAML block scalar (`body: |`): free text, however it is laid out.
    if (blockIndent >= 0 && indent > blockIndent) continue;
    blockIndent = /:\s*[|>][-+]?\s*$/.test(line) ? indent : -1;
    const opened = /:\s+(['"])/.exec(line)?.[1];
    if (
      opened !== undefined &&
      !line
        .trimEnd()
        .slice(line.indexOf(opened) + 1)
        .endsWith(opened)
    ) {
      // A field whose value is text running over several lines: structure, but no value to keep.
      quote = opened;
      lines += 1;
      fieldLines += 1;
      continue;
    }
    lines += 1;
    const field = FIELD_LINE.exec(line)?.[1];
    if (field === undefined) continue;
    fieldLines += 1;
    fields.push(field);
  }
  // A document the user pointed at is the user's: its `key: value` lines are fields among its prose.
  if (!named && fieldLines < lines * RECORD_LINE_SHARE) return;
  for (const field of fields) if (field.length >= 3) into.add(folded(field.trim()));
}

/**
 * The text inside a one-member JSON envelope (`{"result": "name: ...\nbalance: ..."}`), when that
 * text is itself a document: lines or JSON. Frameworks wrap a tool's output so; its fields are the
 * text's, read as the text would be, not one leaf holding all of it.
 */
function unwrapped(node: unknown): string | undefined {
  if (!isRecord(node)) return undefined;
  const values = Object.values(node);
  if (values.length !== 1) return undefined;
  const [only] = values;
  if (typeof only !== 'string') return undefined;
  const text = only.trim();
  return text.includes('\n') || text.startsWith('{') || text.startsWith('[') ? text : undefined;
}

/** Share of a text's lines that must be fields for the text to be read as a record. */
const RECORD_LINE_SHARE = 0.8;

/** The agent of conversations that do not name one. */
export const DEFAULT_AGENT_ID = 'transcript-agent';

/**
 * Where the first conversation without a `ts` starts: a Monday at 09:00 UTC, so that an hour profile
 * learned from such conversations is a working day's, not a night shift's.
 */
const TIMELESS_START = Date.UTC(2000, 0, 3, 9);

/** A conversation without a `ts` starts this long after the previous one's last call. */
const FOLLOWING_GAP_MS = 60_000;

const CONTEXT_FIELDS = [
  'agent',
  'on_behalf_of',
  'delegation_chain',
  'trace_id',
  'credential',
  'source_ip',
  'user_agent',
] as const;

function startMs(ts: unknown): number | undefined {
  if (typeof ts === 'number' && Number.isFinite(ts)) return ts;
  if (typeof ts !== 'string') return undefined;
  const ms = Date.parse(ts);
  return Number.isFinite(ms) ? ms : undefined;
}

/**
 * The messages of a conversation: `messages`, Gemini's `contents`, tau-bench's `traj`, or a Responses
 * API log's `input` with what the model made (`output`) after it; undefined when it has none of them.
 */
function conversationItems(conversation: Json): unknown[] | undefined {
  const list = (key: string) => {
    const value = conversation[key];
    return Array.isArray(value) ? (value as unknown[]) : undefined;
  };
  const input = list('input');
  return (
    list('messages') ?? list('contents') ?? list('traj') ?? (input && [...input, ...(list('output') ?? [])])
  );
}

function refusal(error: string): Decoded {
  return { ok: false, reason: 'schema_violation', error };
}

/** Maps one conversation to v1 event inputs (not yet validated), or says why it cannot. */
export function conversationToEvents(
  conversation: unknown,
  line: string,
  followingStart: number | null = TIMELESS_START,
): AgentEventInput[] | string {
  const items = isRecord(conversation) ? conversationItems(conversation) : undefined;
  if (!isRecord(conversation) || items === undefined)
    return 'expected a conversation: an object with "messages" (or "contents", "traj", "input")';
  // A null is what many JSON writers put for "absent".
  const agent = conversation['agent'] ?? undefined;
  if (agent !== undefined && (!isRecord(agent) || typeof agent['id'] !== 'string' || agent['id'] === ''))
    return 'conversation with an agent but no agent.id';
  const ts = conversation['ts'] ?? undefined;
  if (ts !== undefined && startMs(ts) === undefined)
    return 'conversation with a ts that is not a time (ISO 8601 or epoch milliseconds)';
  const stated = startMs(ts);
  if (stated === undefined && followingStart === null)
    return 'conversation without ts (the time of its first message): a stream read by `run` must give each conversation its time';
  const start = stated ?? followingStart ?? TIMELESS_START;
  const session =
    typeof conversation['session_id'] === 'string' && conversation['session_id'] !== ''
      ? conversation['session_id']
      : `conv-${createHash('sha256').update(line).digest('hex').slice(0, 16)}`;
  const declared = isRecord(conversation['intent']) ? conversation['intent'] : {};
  const context: Json = { agent: { id: DEFAULT_AGENT_ID } };
  for (const field of CONTEXT_FIELDS) {
    if (conversation[field] !== undefined && conversation[field] !== null)
      context[field] = conversation[field];
  }

  let firstUserText: string | undefined;
  // The user the agent acts for is part of the request: their own id (a member number) is theirs.
  const behalf = conversation['on_behalf_of'];
  let request = isRecord(behalf) && typeof behalf['id'] === 'string' ? folded(behalf['id']) : '';
  let read = '';
  const fields: Fields = { any: new Set(), named: new Set() };
  const argumentless = (callId: unknown): boolean => {
    const event = typeof callId === 'string' ? byCallId.get(callId) : undefined;
    return event !== undefined && event.action.parameters === undefined;
  };
  // Whether a call's arguments came from the user's words: what it read, the user pointed at.
  // Transitively: a call that takes the user's words or a field of a record the user pointed at (the
  // claim the user named, then the policy holder that claim names), and nothing read from content.
  const pointed = (callId: unknown): boolean => {
    const event = typeof callId === 'string' ? byCallId.get(callId) : undefined;
    const origins = Object.entries(event?.attributes ?? {})
      .filter(([key]) => key.startsWith('provenance.'))
      .map(([, origin]) => origin);
    return (
      origins.some((o) => o === 'request' || o === 'named_record') &&
      !origins.some((o) => o === 'tool_result' || o === 'record')
    );
  };
  // A record the request names by a name of its own: one JSON object whose field is, word for word, a
  // name of two words or more the user wrote (the vendor "Sahel Security Services" that a lookup by
  // the model's own vendor id returned). The user pointed at it as surely as by its id. Not a listing
  // (an array), where any record could carry the name beside an attacker's account.
  const namedByRequest = (record: Readonly<Record<string, unknown>>): boolean =>
    Object.values(record).some((value) => {
      if (typeof value !== 'string') return false;
      const name = value.trim();
      return (
        name.length >= 8 &&
        /^\p{L}[\p{L}&.'-]*(?: [\p{L}&.'-]+)+$/u.test(name) &&
        request.includes(folded(name))
      );
    });
  // The one-word fields of the JSON records read, by key (a dealer's `till`, an account's
  // `invoice_email`), first value kept: what a generic update (`field: "till", value: ...`) replaces.
  const recordValues = new Map<string, string>();
  const noteRecordValues = (record: Readonly<Record<string, unknown>>) => {
    for (const [key, value] of Object.entries(record)) {
      if (recordValues.size >= MAX_RECORD_VALUES) return;
      if (typeof value !== 'string' || /\s/.test(value.trim()) || value.trim().length < 3) continue;
      const field = folded(key);
      if (!recordValues.has(field)) recordValues.set(field, value.trim());
    }
  };
  const collect = (text: string, callId: unknown) => {
    // One JSON object (a record looked up), parsed once for what both readers above take from it.
    const record = jsonObject(text);
    if (record !== undefined) noteRecordValues(record);
    const bare = text.trim();
    const named = pointed(callId) || (record !== undefined && namedByRequest(record));
    // A result that is one bare value, of a call that named nothing, is the agent's own context
    // (`get_iban()`); of a call on the user's words, the record the user pointed at (the customer id
    // `find_user_id_by_email` returns for the address the user gave). Of any other call it is what a
    // page or a message said, as content is: an injected page may return just an address.
    if (bare.length >= 3 && !/\s/.test(bare) && !/^[[{"]/.test(bare) && (named || argumentless(callId))) {
      fields.named.add(folded(bare));
      return;
    }
    collectFields(text, named ? fields.named : fields.any, named);
  };
  // Mail the agent read, each with its sender: who asked, when a call takes its words from it.
  const mails: ReadMail[] = [];
  // The latest `MAX_MAILS`: a long conversation keeps the mails it read last.
  const noteSender = (text: string) => {
    for (const mail of mailsIn(text)) {
      mails.push({ text: folded(mail.text), sender: mail.sender });
      if (mails.length > MAX_MAILS) mails.shift();
    }
  };
  const events: AgentEventInput[] = [];
  const byCallId = new Map<string, AgentEventInput>();
  // The first value each argument held in this conversation, and where it came from: a later call
  // that puts a value found inside content in its place says so (`displaces.<parameter>`).
  const firstValues = new Map<string, { value: string; origin: Provenance | undefined }>();
  const markFailed = (callId: unknown) => {
    const event = typeof callId === 'string' ? byCallId.get(callId) : undefined;
    if (event) event.outcome = 'failure';
  };

  for (const message of normaliseMessages(items)) {
    const role = message['role'];
    if (role === 'user') {
      const blocks = Array.isArray(message['content']) ? message['content'] : [];
      const results = blocks.filter((b) => isRecord(b) && b['type'] === 'tool_result');
      for (const result of results) {
        if (!isRecord(result)) continue;
        const text = contentText(result['content']);
        read += `\n${folded(text)}`;
        collect(text, result['tool_use_id']);
        noteSender(text);
        if (result['is_error'] === true) markFailed(result['tool_use_id']);
      }
      if (results.length === blocks.length && blocks.length > 0) continue;
      // The user's own words only: a tool_result block beside them is content read, not a request.
      const text = contentText(
        Array.isArray(message['content'])
          ? message['content'].filter((b) => !(isRecord(b) && b['type'] === 'tool_result'))
          : message['content'],
      );
      firstUserText ??= text;
      request += `\n${folded(text)}`;
    } else if (role === 'tool' || role === 'function') {
      const text = contentText(message['content']);
      read += `\n${folded(text)}`;
      collect(text, message['tool_call_id']);
      noteSender(text);
      const error = message['error'];
      if (error !== undefined && error !== null && error !== false) markFailed(message['tool_call_id']);
    } else if (role === 'assistant') {
      for (const call of toolCalls(message)) {
        const index = events.length;
        const parameters = flatParameters(call.args);
        const attributes: Record<string, string> =
          stated === undefined ? { [TRANSCRIPT_TIME_ATTRIBUTE]: LINE_ORDER_TIME } : {};
        if (call.id && !isMadeUpCallId(call.id))
          attributes['transcript.call_id'] = call.id.slice(0, EVENT_LIMITS.parameterValueLength);
        let sender: string | undefined;
        for (const [key, value] of Object.entries(call.args)) {
          if (Object.keys(attributes).length >= EVENT_LIMITS.attributes - 2) break;
          const origin = provenance(value, request, read, fields);
          if (origin) attributes[`provenance.${key}`.slice(0, EVENT_LIMITS.idLength)] = origin;
          if (origin === 'tool_result') sender ??= senderOf(value, mails);
          // An identifier, a name or an address: one word. Text (a message body, a place) is no party.
          if (typeof value !== 'string' && typeof value !== 'number') continue;
          const text = String(value).trim();
          if (text === '' || /\s/.test(text)) continue;
          const first = firstValues.get(key);
          if (first === undefined) firstValues.set(key, { value: text, origin });
          else if (
            origin === 'tool_result' &&
            displaceable(first.origin) &&
            folded(first.value) !== folded(text) &&
            sameShape(first.value, text)
          )
            attributes[`displaces.${key}`.slice(0, EVENT_LIMITS.idLength)] = clip(first.value);
        }
        // A generic update (`field: "till", value: "TILL-781524"`) whose new value, read inside
        // content, takes the place of the value the record read holds under that field: the
        // dealer's settlement till a ticket's text asked to change. Said as the `value` argument
        // displacing the record's value, as a same-named argument would.
        const selector = Object.entries(call.args).find(
          ([key, value]) => FIELD_SELECTOR_KEYS.test(key) && typeof value === 'string',
        );
        const held = selector === undefined ? undefined : recordValues.get(folded(String(selector[1])));
        if (held !== undefined) {
          for (const [key, value] of Object.entries(call.args)) {
            if (!NEW_VALUE_KEYS.test(key) || typeof value !== 'string' || /\s/.test(value.trim())) continue;
            const attribute = `displaces.${key}`.slice(0, EVENT_LIMITS.idLength);
            if (
              attributes[`provenance.${key}`.slice(0, EVENT_LIMITS.idLength)] === 'tool_result' &&
              attributes[attribute] === undefined &&
              folded(value.trim()) !== folded(held)
            )
              attributes[attribute] = clip(held);
          }
        }
        // The mail whose words the call took asked for it: its sender is the call's requester.
        if (
          sender !== undefined &&
          !Object.values(call.args).some((v) => argumentStrings(v).some((t) => folded(t).includes(sender)))
        )
          attributes['sender'] = sender;
        const description =
          typeof declared['description'] === 'string' ? declared['description'] : firstUserText;
        const intent: Json = { ...declared };
        if (description) intent['description'] = description.slice(0, EVENT_LIMITS.textLength);
        const event = {
          ...context,
          event_id: `${session}:${index}`.slice(0, EVENT_LIMITS.idLength),
          ts: start + index * 1000,
          action: {
            api: call.name.slice(0, EVENT_LIMITS.apiLength),
            ...(Object.keys(parameters).length > 0 ? { parameters } : {}),
          },
          outcome: 'success',
          session_id: session.slice(0, EVENT_LIMITS.idLength),
          ...(Object.keys(intent).length > 0 ? { intent } : {}),
          ...(Object.keys(attributes).length > 0 ? { attributes } : {}),
        } as AgentEventInput;
        events.push(event);
        if (call.id) byCallId.set(call.id, event);
      }
    }
  }
  return events;
}

/**
 * A decoder for `--input-format transcript`, one per stream: one conversation per record, one event
 * per tool call. With `lineOrderTime` (replay of a file), it remembers where the last conversation
 * ended, for the next one without a `ts`; without it (`run`: partitions interleave, a restart would
 * start the clock again, and a redelivered line would get another time), such a line is refused.
 */
export function createTranscriptDecoder(options: { lineOrderTime?: boolean } = {}): RecordDecoder {
  // null: conversations without a time are refused.
  let followingStart: number | null = options.lineOrderTime === false ? null : TIMELESS_START;
  return (raw, maxBytes) => {
    const parsed = parseRecord(raw, maxBytes);
    if (!parsed.ok) return [parsed];
    const line = typeof raw === 'string' ? raw : raw.toString('utf8');
    const mapped = conversationToEvents(parsed.json, line, followingStart);
    if (typeof mapped === 'string') return [refusal(mapped)];
    if (followingStart !== null) {
      // After the last call, or after the stated start of a conversation without calls.
      const last = mapped.at(-1)?.ts;
      const stated = isRecord(parsed.json) ? startMs(parsed.json['ts'] ?? undefined) : undefined;
      const end = typeof last === 'number' ? last : stated;
      if (end !== undefined) followingStart = end + FOLLOWING_GAP_MS;
    }
    return mapped.map((event) => validateEvent(event));
  };
}
