import { Controller, Get, HttpCode, HttpStatus, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { openApiSchema, Public } from '@leerruimte/api-core';
import { HealthService } from '@leerruimte/api-infrastructure';
import {
  type Liveness,
  type Readiness,
  livenessSchema,
  readinessSchema,
} from '@leerruimte/shared-contracts';

@ApiTags('platform')
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'The process is alive', schema: openApiSchema(livenessSchema) })
  liveness(): Liveness {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiOkResponse({
    description: 'PostgreSQL and Redis answer and every migration is applied',
    schema: openApiSchema(readinessSchema),
  })
  @ApiServiceUnavailableResponse({
    description: 'A dependency is down or the schema is behind',
    schema: openApiSchema(readinessSchema),
  })
  async readiness(@Res({ passthrough: true }) reply: FastifyReply): Promise<Readiness> {
    const readiness = await this.health.readiness();
    void reply.status(
      readiness.status === 'ready' ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE,
    );
    return readiness;
  }
}
