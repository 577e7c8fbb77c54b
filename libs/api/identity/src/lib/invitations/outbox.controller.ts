import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import {
  APP_CONFIG,
  type AppConfig,
  Auth,
  type Authentication,
  RequirePermission,
  openApiSchema,
} from '@leerruimte/api-core';
import { AuditLog } from '@leerruimte/api-identity-data';
import { Mailer, type OutboxMessage } from '@leerruimte/api-infrastructure';
import { type OutboxMessageView, outboxMessageSchema } from '@leerruimte/shared-contracts';

/**
 * A message as the outbox page shows it: with a mail server, whether it went out but not what
 * it says, as its links sign people in; without one, the text (the demo's mailbox).
 */
export function outboxView(message: OutboxMessage, withText: boolean): OutboxMessageView {
  return {
    id: message.id,
    recipient: message.recipient,
    subject: message.subject,
    text: withText ? message.text : null,
    status: message.status,
    createdAt: message.createdAt.toISOString(),
  };
}

/** The platform's sent and unsent mail, for platform admins; each reading is in the audit log. */
@ApiTags('platform')
@Controller('admin/outbox')
export class OutboxController {
  constructor(
    private readonly mailer: Mailer,
    private readonly audit: AuditLog,
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @RequirePermission('platform.manage')
  @ApiOkResponse({ schema: openApiSchema(z.array(outboxMessageSchema)) })
  async latest(@Auth() auth: Authentication): Promise<OutboxMessageView[]> {
    const messages = await this.mailer.latest();
    const withText = !this.config.mail.smtpUrl;
    await this.audit.record(this.dataSource.manager, {
      action: 'outbox.read',
      organisationId: null,
      actorId: auth.userId,
      details: { messages: messages.length, withText },
    });
    return messages.map((message) => outboxView(message, withText));
  }
}
