import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { openApiSchema, Public } from '@leerruimte/api-core';
import { type PlatformStatus, platformStatusSchema } from '@leerruimte/shared-contracts';
import { PlatformStatusService } from './platform-status.service';

@ApiTags('platform')
@Public()
@Controller('platform')
export class PlatformStatusController {
  constructor(private readonly platformStatus: PlatformStatusService) {}

  @Get('status')
  @ApiOkResponse({
    description: 'Whether Leerruimte and its background workers are ready',
    schema: openApiSchema(platformStatusSchema),
  })
  status(): Promise<PlatformStatus> {
    return this.platformStatus.status();
  }
}
