import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import fastifyCookie from '@fastify/cookie';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Logger as PinoLogger } from 'pino';
import {
  type AppConfig,
  ErrorFilter,
  JsonLogger,
  ReadableInputPipe,
  errorBodyOpenApi,
} from '@leerruimte/api-core';
import { Metrics } from '@leerruimte/api-infrastructure';
import { PEOPLE_IMPORT_MAX_BYTES, peopleImportFileTypes } from '@leerruimte/shared-contracts';
import { ApiModule } from './api.module';
import { mountQueueDashboard } from './queue-dashboard';
import { serveWebApp } from './web-app';
import { addSecurityHeaders } from './security-headers';

const REQUEST_ID_HEADER = 'x-request-id';

/** Accepts a caller's request id only when it looks like one, so logs cannot be polluted. */
function requestId(header: string | string[] | undefined): string {
  return typeof header === 'string' && /^[\w.-]{8,100}$/.test(header) ? header : randomUUID();
}

/** Builds the HTTP application exactly as production runs it; tests and the CLI reuse this. */
export async function createHttpApp(
  config: AppConfig,
  logger: PinoLogger,
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    genReqId: (request: IncomingMessage) => requestId(request.headers[REQUEST_ID_HEADER]),
    bodyLimit: 1024 * 1024,
    trustProxy: config.http.trustProxy,
    return503OnClosing: true,
  });
  const app = await NestFactory.create<NestFastifyApplication>(ApiModule.forRoot(config), adapter, {
    logger: new JsonLogger(logger),
  });
  await app.register(fastifyCookie);
  app.setGlobalPrefix('api', { exclude: ['metrics'] });
  app.useGlobalFilters(new ErrorFilter());
  app.useGlobalPipes(new ReadableInputPipe());
  app.enableShutdownHooks();

  const metrics = app.get(Metrics);
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onSend', async (request, reply) => {
    void reply.header(REQUEST_ID_HEADER, request.id);
  });
  addSecurityHeaders(fastify, config.http.publicUrl);
  // An uploaded list of people arrives as the file itself, larger than a JSON body may be.
  fastify.addContentTypeParser(
    Object.values(peopleImportFileTypes),
    { parseAs: 'buffer', bodyLimit: PEOPLE_IMPORT_MAX_BYTES },
    (_request, body, done) => done(null, body),
  );
  fastify.addHook('onResponse', async (request, reply) => {
    // The route pattern, not the raw URL, keeps the number of label values bounded.
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.observeRequest(request.method, route, reply.statusCode, reply.elapsedTime / 1000);
  });

  await mountQueueDashboard(app);
  await serveWebApp(app, config.web.distPath);
  SwaggerModule.setup('api/docs', app, () => createOpenApiDocument(app), {
    jsonDocumentUrl: 'api/docs/openapi.json',
  });
  return app;
}

export function createOpenApiDocument(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Leerruimte API')
      .setDescription('Leren op de werkplek voor wijkteams. Errors share one body: ErrorBody.')
      .setVersion('1')
      .build(),
  );
  document.components = {
    ...document.components,
    schemas: { ...document.components?.schemas, ErrorBody: errorBodyOpenApi },
  };
  return document;
}
