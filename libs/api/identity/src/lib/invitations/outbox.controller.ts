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
import {
  HIDDEN_LINK_SECRET,
  type OutboxMessageView,
  outboxMessageSchema,
} from '@leerruimte/shared-contracts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The text with every secret in its links hidden: invitation, password-reset, unlock and
 * unsubscribe tokens are long random strings in a link's path or query. Ids (UUIDs) stay, as
 * they open nothing without signing in.
 */
export function redactLinkSecrets(text: string): string {
  return text.replace(
    /(https?:\/\/[^\s/<>"]+)([^\s<>"]*)/g,
    (_url, origin: string, rest: string) =>
      origin +
      rest.replace(/[A-Za-z0-9_-]{20,}/g, (part) => (UUID.test(part) ? part : HIDDEN_LINK_SECRET)),
  );
}

/**
 * A message as the outbox page shows it: with a mail server, whether it went out but not what
 * it says; without one, the text with the secrets of its links hidden. Nobody reads a link that
 * signs someone in except its recipient.
 */
export function outboxView(message: OutboxMessage, withText: boolean): OutboxMessageView {
  return {
    id: message.id,
    recipient: message.recipient,
    subject: message.subject,
    text: withText ? redactLinkSecrets(message.text) : null,
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
