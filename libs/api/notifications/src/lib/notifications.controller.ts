import { Controller, Get, HttpCode, HttpStatus, Post, Put, Res } from '@nestjs/common';
import { ApiExcludeEndpoint, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  Auth,
  type Authentication,
  LoggedIn,
  ValidBody,
  ValidQuery,
  openApiSchema,
} from '@leerruimte/api-core';
import { NotificationPreferences } from './notification-preferences';
import { Notifier } from './notifier';
import { NotificationStream } from './notification-stream';
import {
  type MarkNotificationsReadRequest,
  type NotificationList,
  type NotificationListQuery,
  type NotificationPreferences as Preferences,
  type UpdateNotificationPreferencesRequest,
  markNotificationsReadRequestSchema,
  notificationListQuerySchema,
  notificationListSchema,
  notificationPreferencesSchema,
  updateNotificationPreferencesRequestSchema,
} from '@leerruimte/shared-contracts';

/** A person's own in-app notifications. */
@ApiTags('notifications')
@Controller('me/notifications')
export class NotificationsController {
  constructor(
    private readonly notifier: Notifier,
    private readonly preferences: NotificationPreferences,
    private readonly stream: NotificationStream,
  ) {}

  /**
   * Server-sent events: "notifications" whenever there is news, so the app updates without
   * reloading. Left out of the OpenAPI document, whose tests call every endpoint and expect an
   * answer; notifications.int-spec tests this one over a real connection.
   */
  @Get('stream')
  @LoggedIn()
  @ApiExcludeEndpoint()
  openStream(@Auth() auth: Authentication, @Res() reply: FastifyReply): void {
    reply.hijack();
    reply.raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      // nginx buffers responses by default, which would hold the events back.
      'x-accel-buffering': 'no',
    });
    reply.raw.write(': verbonden\n\n');
    this.stream.open(auth.userId, reply.raw);
  }

  @Get()
  @LoggedIn()
  @ApiOkResponse({
    description: 'Notifications, newest news first, of one kind or all, and how many are unread',
    schema: openApiSchema(notificationListSchema),
  })
  list(
    @Auth() auth: Authentication,
    @ValidQuery(notificationListQuerySchema, {
      before: { description: 'updatedAt of the last one seen' },
      limit: { description: '1 to 100, default 30' },
    })
    query: NotificationListQuery,
  ): Promise<NotificationList> {
    return this.notifier.list(auth.userId, query);
  }

  @Get('preferences')
  @LoggedIn()
  @ApiOkResponse({
    description: 'Mail per kind of notification; null follows the default',
    schema: openApiSchema(notificationPreferencesSchema),
  })
  preferencesOf(@Auth() auth: Authentication): Promise<Preferences> {
    return this.preferences.of(auth.userId);
  }

  @Put('preferences')
  @LoggedIn()
  @ApiOkResponse({ schema: openApiSchema(notificationPreferencesSchema) })
  changePreferences(
    @Auth() auth: Authentication,
    @ValidBody(updateNotificationPreferencesRequestSchema)
    request: UpdateNotificationPreferencesRequest,
  ): Promise<Preferences> {
    return this.preferences.change(auth.userId, request);
  }

  @Post('read')
  @LoggedIn()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Marked read (only your own)' })
  markRead(
    @Auth() auth: Authentication,
    @ValidBody(markNotificationsReadRequestSchema)
    request: MarkNotificationsReadRequest,
  ): Promise<void> {
    return this.notifier.markRead(auth.userId, request.ids);
  }
}
