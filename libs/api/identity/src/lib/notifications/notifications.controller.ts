import { Body, Controller, Get, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiBody, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  Auth,
  type Authentication,
  LoggedIn,
  ZodValidationPipe,
  openApiRequestSchema,
  openApiSchema,
} from '@leerruimte/api-core';
import { Notifier } from '@leerruimte/api-identity-data';
import {
  type MarkNotificationsReadRequest,
  type NotificationList,
  markNotificationsReadRequestSchema,
  notificationListSchema,
} from '@leerruimte/shared-contracts';

/** A person's own in-app notifications. */
@ApiTags('identity')
@Controller('me/notifications')
export class NotificationsController {
  constructor(private readonly notifier: Notifier) {}

  @Get()
  @LoggedIn()
  @ApiOkResponse({
    description: 'The latest notifications, newest first, and how many are unread',
    schema: openApiSchema(notificationListSchema),
  })
  list(@Auth() auth: Authentication): Promise<NotificationList> {
    return this.notifier.list(auth.userId);
  }

  @Post('read')
  @LoggedIn()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiBody({ schema: openApiRequestSchema(markNotificationsReadRequestSchema) })
  @ApiNoContentResponse({ description: 'Marked read (only your own)' })
  markRead(
    @Auth() auth: Authentication,
    @Body(new ZodValidationPipe(markNotificationsReadRequestSchema))
    request: MarkNotificationsReadRequest,
  ): Promise<void> {
    return this.notifier.markRead(auth.userId, request.ids);
  }
}
