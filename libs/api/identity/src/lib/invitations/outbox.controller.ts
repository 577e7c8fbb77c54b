import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { RequirePermission, openApiSchema } from '@leerruimte/api-core';
import { Mailer } from '@leerruimte/api-infrastructure';
import { type OutboxMessageView, outboxMessageSchema } from '@leerruimte/shared-contracts';

/** The platform's sent and unsent mail, for platform admins (and the demo, which has no SMTP). */
@ApiTags('platform')
@Controller('admin/outbox')
export class OutboxController {
  constructor(private readonly mailer: Mailer) {}

  @Get()
  @RequirePermission('platform.manage')
  @ApiOkResponse({ schema: openApiSchema(z.array(outboxMessageSchema)) })
  async latest(): Promise<OutboxMessageView[]> {
    const messages = await this.mailer.latest();
    return messages.map((message) => ({
      id: message.id,
      recipient: message.recipient,
      subject: message.subject,
      text: message.text,
      status: message.status,
      createdAt: message.createdAt.toISOString(),
    }));
  }
}
