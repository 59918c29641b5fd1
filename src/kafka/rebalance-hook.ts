import { createRequire } from 'node:module';
import kafkajs from 'kafkajs';
import type { Assigner, PartitionAssigner } from 'kafkajs';

/**
 * What a consumer must do before it rejoins its group after a rebalance started: write what it
 * learned from its partitions and commit their offsets while it still owns them (Java's
 * `onPartitionsRevoked`). `stillMember` is false when the coordinator no longer knows this member
 * (session expired, generation moved on): its partitions may already be consumed elsewhere, so
 * nothing may be written or committed for them, only dropped.
 */
export type BeforeRejoin = (stillMember: boolean) => Promise<void>;

const HOOK = Symbol.for('agentwatch.kafka.beforeRejoin');

type HookedAssigner = Assigner & { [HOOK]?: BeforeRejoin };

/** The parts of kafkajs' internal ConsumerGroup this module touches. */
interface ConsumerGroupInternals {
  assigners: HookedAssigner[];
  groupId: string;
  generationId: number | null;
  memberId: string | null;
  coordinator: {
    heartbeat(request: { groupId: string; groupGenerationId: number; memberId: string }): Promise<unknown>;
  } | null;
  joinAndSync: (this: ConsumerGroupInternals) => Promise<void>;
}

let installed = false;

/**
 * kafkajs has no rebalance listener: on REBALANCE_IN_PROGRESS its runner rejoins at once, and the
 * partitions may be handed to another member before this one wrote its state. This wraps the
 * group's `joinAndSync` (kafkajs 2.x internals, pinned by package-lock) so that a consumer created
 * with {@link rebalanceAwareAssigner} runs its hook first. The coordinator waits for every known
 * member to rejoin (up to the rebalance timeout) before it assigns anything, so while the hook runs
 * nobody else owns these partitions, and offset commits with the current generation are accepted.
 */
function install(): void {
  if (installed) return;
  installed = true;
  const require = createRequire(import.meta.url);
  const ConsumerGroup = require('kafkajs/src/consumer/consumerGroup.js') as {
    prototype: ConsumerGroupInternals;
  };
  const original = ConsumerGroup.prototype.joinAndSync;
  ConsumerGroup.prototype.joinAndSync = async function joinAndSync(this: ConsumerGroupInternals) {
    const hook = this.assigners.find((a) => typeof a[HOOK] === 'function')?.[HOOK];
    // The first join of a consumer has nothing to revoke.
    if (hook && this.generationId !== null) await hook(await stillMember(this));
    return original.call(this);
  };
}

/** Asks the coordinator whether this member still belongs to the generation being rebalanced. */
async function stillMember(group: ConsumerGroupInternals): Promise<boolean> {
  const { coordinator, groupId, generationId, memberId } = group;
  if (!coordinator || generationId === null || memberId === null) return false;
  try {
    await coordinator.heartbeat({ groupId, groupGenerationId: generationId, memberId });
    return true;
  } catch (error: unknown) {
    // REBALANCE_IN_PROGRESS: still a member of this generation, which is being rebalanced.
    return (error as { type?: unknown }).type === 'REBALANCE_IN_PROGRESS';
  }
}

/**
 * kafkajs' round-robin assigner (same protocol name, so members of any version agree) carrying
 * `beforeRejoin` for this consumer.
 */
export function rebalanceAwareAssigner(beforeRejoin: BeforeRejoin): PartitionAssigner {
  install();
  return (config) => {
    const assigner: HookedAssigner = kafkajs.PartitionAssigners.roundRobin(config);
    assigner[HOOK] = beforeRejoin;
    return assigner;
  };
}
