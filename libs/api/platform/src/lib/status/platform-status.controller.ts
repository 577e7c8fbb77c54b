import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { RequirePermission, openApiSchema } from '@leerruimte/api-core';
import { type PlatformStatus, platformStatusSchema } from '@leerruimte/shared-contracts';
import { PlatformStatusService } from './platform-status.service';

/** The platform's status belongs to those who run it: platform admins (with 2FA on). */
@ApiTags('platform')
@Controller('platform')
export class PlatformStatusController {
  constructor(private readonly platformStatus: PlatformStatusService) {}

  @Get('status')
  @RequirePermission('platform.manage')
  @ApiOkResponse({
    description: 'Whether Leerruimte and its background workers are ready',
    schema: openApiSchema(platformStatusSchema),
  })
  status(): Promise<PlatformStatus> {
    return this.platformStatus.status();
  }
}
