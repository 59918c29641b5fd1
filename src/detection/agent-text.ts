import type { AgentEvent } from '../../schemas/event.js';

/** "Agent invoice-bot-3 (owner alice@corp, on behalf of bob)": who, for alert titles. */
export function describeAgent(event: AgentEvent): string {
  const name = event.agent.name ?? event.agent.id;
  const owner = event.agent.owner ? `owner ${event.agent.owner}` : 'no owner on record';
  const behalf = event.on_behalf_of ? `, on behalf of ${event.on_behalf_of.id}` : '';
  return `Agent ${name} (${owner}${behalf})`;
}
