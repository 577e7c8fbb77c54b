import {
  Controller,
  Get,
  Headers,
  Inject,
  NotFoundException,
  Res,
  UnauthorizedException,
} from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { APP_CONFIG, type AppConfig, Public, metricsAccess } from '@leerruimte/api-core';
import { Metrics } from '@leerruimte/api-infrastructure';

/**
 * Prometheus scrape endpoint; outside /api because it is for operators, not for the web app.
 * Not behind a login (Prometheus has none) but behind METRICS_TOKEN (see metricsAccess).
 */
@ApiExcludeController()
@Public()
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: Metrics,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  async scrape(
    @Headers('authorization') authorization: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const access = metricsAccess(this.config, authorization);
    if (access === 'off') throw new NotFoundException();
    if (access === 'unauthorized') throw new UnauthorizedException();
    const { contentType, body } = await this.metrics.render();
    await reply.header('content-type', contentType).send(body);
  }
}
