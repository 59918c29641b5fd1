import type { AgentBaseline } from './agent-baseline.js';
import type { BusinessCalendar } from './business-calendar.js';
import type { CohortView } from './cohort-index.js';
import type { IdentityView } from '../registry/identity-context.js';

/** What a detector sees of the agent's history: the state before the event under evaluation. */
export interface BaselineView {
  readonly agent: Readonly<AgentBaseline>;
  /** Peers of the agent (same cohort), when cohorts are configured and the agent has some. */
  readonly cohort: CohortView | undefined;
  /** True while the agent has too little history (days or events) for first-seen and hour alerts. */
  readonly learning: boolean;
  /** True when the agent is still learning but borrows an established cohort's baseline. */
  readonly borrowing: boolean;
  /** Values unseen for this long are forgotten. */
  readonly forgetAfterMs: number;
  /** The declared working time of the agent or its owner, if configured. */
  readonly calendar: BusinessCalendar | undefined;
  /** The zone the agent's hour-of-week profile is kept in (UTC when undefined). */
  readonly timezone: string | undefined;
  /** Registry, directory and what was seen of every agent (posture detectors); absent without one. */
  readonly identity?: IdentityView | undefined;
}
