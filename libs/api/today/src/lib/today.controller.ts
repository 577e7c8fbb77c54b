import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Auth, type Authentication, LoggedIn, openApiSchema } from '@leerruimte/api-core';
import { type Today, todaySchema } from '@leerruimte/shared-contracts';
import { TodayService } from './today.service';

@ApiTags('today')
@Controller('today')
export class TodayController {
  constructor(private readonly today: TodayService) {}

  @Get()
  @LoggedIn()
  @ApiOkResponse({
    description: "Vandaag: the person's own work across their teams, in one answer",
    schema: openApiSchema(todaySchema),
  })
  mine(@Auth() auth: Authentication): Promise<Today> {
    return this.today.of(auth.userId);
  }
}
