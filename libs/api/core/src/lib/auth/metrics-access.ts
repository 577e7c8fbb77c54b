import { createHash, timingSafeEqual } from 'node:crypto';
import type { AppConfig } from '../config/app-config';

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * Who may read /metrics (API and worker): with METRICS_TOKEN, whoever sends it as a bearer
 * token; without one, anybody outside production and nobody in it. `off` answers 404, so a
 * production instance does not even say it has metrics.
 */
export function metricsAccess(
  config: Pick<AppConfig, 'env' | 'metrics'>,
  authorization: string | undefined,
): 'allowed' | 'unauthorized' | 'off' {
  const { token } = config.metrics;
  if (!token) return config.env === 'production' ? 'off' : 'allowed';
  const sent = /^Bearer (.+)$/.exec(authorization ?? '')?.[1] ?? '';
  // Compared as digests: equal length, and no timing that tells how much of it was right.
  return timingSafeEqual(digest(sent), digest(token)) ? 'allowed' : 'unauthorized';
}
