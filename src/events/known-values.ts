/** What a detector can ask of a set of remembered values (a table or a scope's set). */
export interface KnownValues {
  /** Values remembered, known or under review. */
  readonly size: number;
  /** Whether `value` is remembered at all (known or under review). */
  has(value: string): boolean;
  /** Seen, not quarantined, and not forgotten at `now`. */
  isKnown(value: string, now: number, forgetAfterMs: number): boolean;
}
