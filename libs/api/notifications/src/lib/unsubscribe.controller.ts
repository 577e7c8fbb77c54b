import { Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  AppError,
  Public,
  ValidQuery,
  WithoutCsrf,
  errorBodyOpenApi,
  openApiSchema,
} from '@leerruimte/api-core';
import { NotificationMails } from './notification-mails';
import {
  type UnsubscribeQuery,
  type UnsubscribeResult,
  unsubscribeQuerySchema,
  unsubscribeResultSchema,
} from '@leerruimte/shared-contracts';

const unknownLink = () =>
  new AppError(HttpStatus.NOT_FOUND, 'unknown_unsubscribe_link', {
    nl: 'Deze afmeldlink kennen we niet. Kies je voorkeuren onder "Mijn account".',
    en: 'We do not know this unsubscribe link. Choose your preferences under "My account".',
  });

/**
 * The one-click unsubscribe of every notification mail (List-Unsubscribe-Post, RFC 8058): mail
 * programs POST to the address in the header, without a login; the page behind the mail's own
 * link posts here too.
 */
@ApiTags('notifications')
@Controller('notifications')
export class UnsubscribeController {
  constructor(private readonly mails: NotificationMails) {}

  @Post('unsubscribe')
  @Public()
  @WithoutCsrf()
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({
    description: 'Mail of this kind is off from now on; other preferences are unchanged',
    schema: openApiSchema(unsubscribeResultSchema),
  })
  @ApiNotFoundResponse({ description: 'No such link', schema: errorBodyOpenApi })
  async unsubscribe(
    @ValidQuery(unsubscribeQuerySchema, { token: { description: 'The secret from the mail' } })
    query: UnsubscribeQuery,
  ): Promise<UnsubscribeResult> {
    if (!(await this.mails.unsubscribe(query.token, query.kind))) throw unknownLink();
    return { kind: query.kind, choice: 'off' };
  }
}
