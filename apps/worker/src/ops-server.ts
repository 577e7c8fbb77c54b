import { createServer, type Server } from 'node:http';
import type { Logger } from 'pino';
import { type AppConfig, metricsAccess } from '@leerruimte/api-core';
import type { HealthService, Metrics } from '@leerruimte/api-infrastructure';

/**
 * The worker's only HTTP surface: health for the orchestrator and metrics for Prometheus.
 * Plain node:http, because the worker serves no API routes.
 */
export function createOpsServer(
  health: HealthService,
  metrics: Metrics,
  logger: Logger,
  config: Pick<AppConfig, 'env' | 'metrics'>,
): Server {
  return createServer((request, response) => {
    const send = (status: number, contentType: string, body: string) => {
      response.writeHead(status, { 'content-type': contentType }).end(body);
    };
    const handle = async () => {
      if (request.method !== 'GET') {
        return send(405, 'application/json', JSON.stringify({ code: 'method_not_allowed' }));
      }
      switch (request.url) {
        case '/api/health':
          return send(200, 'application/json', JSON.stringify({ status: 'ok' }));
        case '/api/health/ready': {
          const readiness = await health.readiness();
          return send(
            readiness.status === 'ready' ? 200 : 503,
            'application/json',
            JSON.stringify(readiness),
          );
        }
        case '/metrics': {
          const access = metricsAccess(config, request.headers.authorization);
          if (access === 'off') {
            return send(404, 'application/json', JSON.stringify({ code: 'not_found' }));
          }
          if (access === 'unauthorized') {
            return send(401, 'application/json', JSON.stringify({ code: 'unauthenticated' }));
          }
          const { contentType, body } = await metrics.render();
          return send(200, contentType, body);
        }
        default:
          return send(404, 'application/json', JSON.stringify({ code: 'not_found' }));
      }
    };
    handle().catch((error: unknown) => {
      logger.error({ err: error, url: request.url }, 'Ops request failed');
      send(500, 'application/json', JSON.stringify({ code: 'internal_error' }));
    });
  });
}
