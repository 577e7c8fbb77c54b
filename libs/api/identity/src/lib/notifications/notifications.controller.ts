import { Body, Controller, Get, HttpCode, HttpStatus, Post, Res } from '@nestjs/common';
import {
  ApiBody,
  ApiExcludeEndpoint,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  Auth,
  type Authentication,
  LoggedIn,
  ZodValidationPipe,
  openApiRequestSchema,
  openApiSchema,
} from '@leerruimte/api-core';
import { Notifier } from '@leerruimte/api-identity-data';
import { NotificationStream } from './notification-stream';
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
  constructor(
    private readonly notifier: Notifier,
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
