import type { AgentEventInput } from '../../schemas/event.js';
import { scalarText } from '../text/scalar-text.js';
import { parseRecord, validateEvent, type Decoded, type RecordDecoder } from '../pipeline/event-decoder.js';

/**
 * OpenTelemetry GenAI `execute_tool` spans -> v1 events. Accepts, per line, what the OpenTelemetry
 * Collector's file exporter writes (an OTLP/JSON `ExportTraceServiceRequest`: resourceSpans ->
 * scopeSpans -> spans) or a single span, with attributes as an OTLP key/value list or a flat map.
 * Spans that are not tool executions are skipped: they are not agent actions.
 *
 * Mapping (GenAI semantic conventions):
 * - `event_id` = `<traceId>:<spanId>`; `trace_id` = traceId; `ts` = startTimeUnixNano
 * - `agent.id` = `gen_ai.agent.id` (required), `agent.name` = `gen_ai.agent.name`
 * - `action.api` = `gen_ai.tool.name`; `action.service` = `gen_ai.provider.name` / `gen_ai.system`
 *   or the resource's `service.name`; scalar `gen_ai.tool.call.arguments` become `action.parameters`
 * - `session_id` = `gen_ai.conversation.id`; `on_behalf_of.id` = `enduser.id` or `user.id`
 * - `outcome` = `failure` when the span status is ERROR; remaining `gen_ai.*` attributes and the
 *   tool call id go to `attributes`.
 */

type AttributeValue = string | number | boolean | undefined;
type Attributes = Map<string, AttributeValue>;

interface OtlpValue {
  stringValue?: string;
  intValue?: string | number;
  doubleValue?: number;
  boolValue?: boolean;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readAttributes(raw: unknown): Attributes {
  const out: Attributes = new Map();
  if (Array.isArray(raw)) {
    for (const kv of raw) {
      if (!isRecord(kv) || typeof kv['key'] !== 'string') continue;
      const v = kv['value'] as OtlpValue | undefined;
      out.set(
        kv['key'],
        v?.stringValue ??
          (v?.intValue !== undefined ? Number(v.intValue) : undefined) ??
          v?.doubleValue ??
          v?.boolValue,
      );
    }
  } else if (isRecord(raw)) {
    for (const [k, v] of Object.entries(raw)) {
      if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out.set(k, v);
    }
  }
  return out;
}

function text(attrs: Attributes, ...keys: string[]): string | undefined {
  for (const k of keys) {
    const v = attrs.get(k);
    if (v !== undefined && v !== '') return String(v);
  }
  return undefined;
}

function startMs(span: Record<string, unknown>): number | string | undefined {
  const nano = span['startTimeUnixNano'] ?? span['start_time_unix_nano'];
  if (typeof nano === 'string' || typeof nano === 'number') {
    const ms = Number(BigInt(String(nano).split('.')[0] ?? '0') / 1_000_000n);
    return Number.isFinite(ms) ? ms : undefined;
  }
  const iso = span['startTime'] ?? span['start_time'];
  return typeof iso === 'string' ? iso : undefined;
}

function isToolSpan(span: Record<string, unknown>, attrs: Attributes): boolean {
  const op = attrs.get('gen_ai.operation.name');
  if (op !== undefined) return op === 'execute_tool';
  return typeof span['name'] === 'string' && span['name'].startsWith('execute_tool');
}

function toolParameters(attrs: Attributes): Record<string, string | number | boolean> | undefined {
  const raw = attrs.get('gen_ai.tool.call.arguments');
  if (typeof raw !== 'string') return undefined;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!isRecord(parsed)) return undefined;
    const out: Record<string, string | number | boolean> = {};
    for (const [k, v] of Object.entries(parsed).slice(0, 64)) {
      if (typeof v === 'string') out[k] = v.slice(0, 1024);
      else if (typeof v === 'number' || typeof v === 'boolean') out[k] = v;
    }
    return out;
  } catch {
    return undefined;
  }
}

/** Maps one span (with its resource's attributes) to a v1 event input; `undefined` if not a tool call. */
export function spanToEvent(
  span: Record<string, unknown>,
  resource: Attributes = new Map(),
): AgentEventInput | Decoded | undefined {
  const attrs = readAttributes(span['attributes']);
  if (!isToolSpan(span, attrs)) return undefined;
  const traceId = scalarText(span['traceId'] ?? span['trace_id']);
  const spanId = scalarText(span['spanId'] ?? span['span_id']);
  const agentId = text(attrs, 'gen_ai.agent.id') ?? text(resource, 'gen_ai.agent.id');
  const tool = text(attrs, 'gen_ai.tool.name');
  if (!agentId || !tool || !spanId) {
    const missing = [!agentId && 'gen_ai.agent.id', !tool && 'gen_ai.tool.name', !spanId && 'spanId'].filter(
      Boolean,
    );
    return {
      ok: false,
      reason: 'schema_violation',
      error: `execute_tool span without ${missing.join(', ')}`,
    };
  }
  const status = span['status'];
  const failed = isRecord(status) && (status['code'] === 2 || status['code'] === 'STATUS_CODE_ERROR');
  const user = text(attrs, 'enduser.id', 'user.id');
  const extra: Record<string, string> = {};
  for (const [k, v] of attrs) {
    if (
      v === undefined ||
      k === 'gen_ai.tool.call.arguments' ||
      k === 'gen_ai.tool.name' ||
      k === 'gen_ai.agent.id'
    )
      continue;
    if ((k.startsWith('gen_ai.') || k === 'gen_ai.tool.call.id') && Object.keys(extra).length < 32)
      extra[k] = String(v).slice(0, 1024);
  }
  const name = text(attrs, 'gen_ai.agent.name') ?? text(resource, 'gen_ai.agent.name');
  const service = text(attrs, 'gen_ai.provider.name', 'gen_ai.system') ?? text(resource, 'service.name');
  const parameters = toolParameters(attrs);
  const ts = startMs(span);
  const event: AgentEventInput = {
    event_id: traceId ? `${traceId}:${spanId}` : spanId,
    ts: ts ?? '',
    agent: { id: agentId, ...(name ? { name } : {}) },
    action: { api: tool, ...(service ? { service } : {}), ...(parameters ? { parameters } : {}) },
    outcome: failed ? 'failure' : 'success',
    ...(traceId ? { trace_id: traceId } : {}),
  };
  const conversation = text(attrs, 'gen_ai.conversation.id');
  if (conversation) event.session_id = conversation;
  if (user) event.on_behalf_of = { id: user, type: 'user' };
  if (Object.keys(extra).length > 0) event.attributes = extra;
  return event;
}

/** Decoder for `--input-format otel-genai`. */
export const decodeOtelGenai: RecordDecoder = (raw, maxBytes) => {
  const parsed = parseRecord(raw, maxBytes);
  if (!parsed.ok) return [parsed];
  const json = parsed.json;
  const out: Decoded[] = [];
  const emit = (span: unknown, resource: Attributes) => {
    if (!isRecord(span)) return;
    const mapped = spanToEvent(span, resource);
    if (mapped === undefined) return;
    out.push('ok' in mapped ? mapped : validateEvent(mapped));
  };
  if (isRecord(json) && Array.isArray(json['resourceSpans'])) {
    for (const rs of json['resourceSpans']) {
      if (!isRecord(rs)) continue;
      const resource = readAttributes(isRecord(rs['resource']) ? rs['resource']['attributes'] : undefined);
      const scopes = rs['scopeSpans'] ?? rs['instrumentationLibrarySpans'];
      for (const ss of Array.isArray(scopes) ? scopes : []) {
        if (!isRecord(ss)) continue;
        for (const span of Array.isArray(ss['spans']) ? ss['spans'] : []) emit(span, resource);
      }
    }
  } else if (isRecord(json)) {
    emit(json, new Map());
  } else {
    out.push({
      ok: false,
      reason: 'schema_violation',
      error: 'expected an OTLP/JSON export request or a span object',
    });
  }
  return out;
};
