// An MCP gateway (or any agent framework) asking agentwatch before it runs a tool.
// Start the check API on a store:  agentwatch serve --store ./data --port 9464
// Then:                            npx tsx examples/mcp-gateway-check.ts
import { randomUUID } from 'node:crypto';
import type { AgentEventInput } from '../schemas/event.js';
import { ActionDeniedError, CheckClient } from '../src/client/check-client.js';

const agentwatch = new CheckClient({
  url: process.env['AGENTWATCH_URL'] ?? 'http://127.0.0.1:9464',
  token: process.env['AGENTWATCH_CHECK_TOKEN'],
  timeoutMs: 250,
  onUnavailable: 'allow',
});

/** An MCP `tools/call` as the gateway sees it. */
interface ToolCall {
  agentId: string;
  user: string;
  server: string;
  tool: string;
  arguments: Record<string, string | number | boolean>;
  target?: string;
}

/** The same v1 event the gateway sends to Kafka after the call, so the stream learns what was checked. */
function toEvent(call: ToolCall): AgentEventInput {
  return {
    event_id: randomUUID(),
    ts: new Date().toISOString(),
    agent: { id: call.agentId },
    on_behalf_of: { id: call.user, type: 'user' },
    action: { api: `${call.server}.${call.tool}`, service: call.server, parameters: call.arguments },
    ...(call.target ? { resource: { id: call.target } } : {}),
  };
}

/** Wraps the gateway's own tool execution: deny stops the call, warn lets it run and says why. */
export async function guardedToolCall<T>(call: ToolCall, run: () => Promise<T>): Promise<T> {
  const answer = await agentwatch.enforce(toEvent(call));
  if (answer.decision === 'warn') console.warn(`agentwatch: ${answer.reason}`);
  return run();
}

async function main(): Promise<void> {
  const call: ToolCall = {
    agentId: 'mail-assistant-42',
    user: 'alice@example.com',
    server: 'iam',
    tool: 'create_access_key',
    arguments: { user: 'svc-backup' },
    target: 'svc-backup',
  };
  try {
    await guardedToolCall(call, () => Promise.resolve('key created'));
    console.log('allowed');
  } catch (error: unknown) {
    if (error instanceof ActionDeniedError) console.log(`denied: ${error.message}`);
    else throw error;
  }
}

if (process.argv[1]?.endsWith('mcp-gateway-check.ts')) await main();
