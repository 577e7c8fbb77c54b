/** The p-th percentile of ascending `sorted`: the value at or below which p % of them lie. */
export function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
