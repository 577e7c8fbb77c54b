import { Controller, Get, HttpCode, HttpStatus, Param, Post, Res } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  Auth,
  type Authentication,
  LoggedIn,
  Public,
  errorBodyOpenApi,
  openApiSchema,
} from '@leerruimte/api-core';
import {
  type CalendarFeedLink,
  type CalendarFeedStatus,
  calendarFeedLinkSchema,
  calendarFeedStatusSchema,
} from '@leerruimte/shared-contracts';
import { CalendarFeeds } from './calendar-feed';

@ApiTags('reflection')
@Controller()
export class CalendarController {
  constructor(private readonly feeds: CalendarFeeds) {}

  @Get('me/calendar-feed')
  @LoggedIn()
  @ApiOkResponse({ schema: openApiSchema(calendarFeedStatusSchema) })
  async status(@Auth() auth: Authentication): Promise<CalendarFeedStatus> {
    return { exists: await this.feeds.exists(auth.userId) };
  }

  @Post('me/calendar-feed')
  @LoggedIn()
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({
    description: 'A new link, shown this once; an earlier link stops working',
    schema: openApiSchema(calendarFeedLinkSchema),
  })
  renew(@Auth() auth: Authentication): Promise<CalendarFeedLink> {
    return this.feeds.renew(auth.userId);
  }

  // Calendar apps cannot log in: the secret in the address is what authorises.
  @Get('reflection/calendar/:file')
  @Public()
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'Upcoming reflection moments as iCalendar' })
  @ApiNotFoundResponse({ description: 'Unknown or replaced link', schema: errorBodyOpenApi })
  async feed(
    @Param('file') file: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const ics = await this.feeds.render(file);
    void reply
      .header('content-type', 'text/calendar; charset=utf-8')
      .header('cache-control', 'private, max-age=300');
    return ics;
  }
}
