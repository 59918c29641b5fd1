import { quantileSorted } from 'simple-statistics';

/** The `p`-th percentile (0-100) of ascending `sorted`, by simple-statistics' quantile; NaN when empty. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return quantileSorted(sorted, p / 100);
}
