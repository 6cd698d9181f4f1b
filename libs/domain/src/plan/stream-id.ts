/** One stream per plan; amendments continue the same stream so the history stays whole. */
export function planStreamId(planId: string): string {
  return `plan-${planId}`;
}
