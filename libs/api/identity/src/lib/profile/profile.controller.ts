import {
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Inject,
  Patch,
  Post,
  Req,
  Res,
} from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  APP_CONFIG,
  type AppConfig,
  Auth,
  type AuthenticatedRequest,
  type Authentication,
  LoggedIn,
  ValidBody,
  openApiSchema,
} from '@leerruimte/api-core';
import {
  type ChangePasswordRequest,
  type ClientDataContextView,
  type CurrentUser,
  type DeleteAccountRequest,
  type UpdateProfileRequest,
  changePasswordRequestSchema,
  clientDataContextSchema,
  currentUserSchema,
  deleteAccountRequestSchema,
  updateProfileRequestSchema,
} from '@leerruimte/shared-contracts';
import { AuthService } from '../auth/auth.service';
import { clearSessionCookie } from '../sessions/cookies';
import { ProfileService } from './profile.service';

@ApiTags('identity')
@Controller('me')
export class ProfileController {
  constructor(
    private readonly profile: ProfileService,
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Patch()
  @LoggedIn()
  @ApiOkResponse({ schema: openApiSchema(currentUserSchema) })
  async update(
    @Auth() auth: Authentication,
    @ValidBody(updateProfileRequestSchema) request: UpdateProfileRequest,
  ): Promise<CurrentUser> {
    await this.profile.update(auth.userId, request);
    return this.auth.me(auth.userId);
  }

  @Get('privacy-context')
  @LoggedIn()
  @ApiOkResponse({
    description:
      "What the privacy guard skips for you, as the API does: your colleagues' names and what your team allows",
    schema: openApiSchema(clientDataContextSchema),
  })
  privacyContext(@Auth() auth: Authentication): Promise<ClientDataContextView> {
    return this.profile.clientDataContext(auth.userId);
  }

  @Post('password')
  @LoggedIn()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Changed; every other session of the account ended' })
  changePassword(
    @Auth() auth: Authentication,
    @Req() http: AuthenticatedRequest,
    @ValidBody(changePasswordRequestSchema) request: ChangePasswordRequest,
  ): Promise<void> {
    return this.profile.changePassword({ ...auth, ip: http.ip }, request);
  }

  @Get('export')
  @LoggedIn()
  @ApiOkResponse({ description: 'Everything Leerruimte holds about you, as JSON' })
  async export(
    @Auth() auth: Authentication,
    @Req() http: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Record<string, unknown>> {
    void reply.header(
      'content-disposition',
      'attachment; filename="leerruimte-mijn-gegevens.json"',
    );
    return this.profile.export({ ...auth, ip: http.ip });
  }

  @Delete()
  @LoggedIn()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'The account and its private data are gone' })
  async delete(
    @Auth() auth: Authentication,
    @Req() http: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @ValidBody(deleteAccountRequestSchema) request: DeleteAccountRequest,
  ): Promise<void> {
    await this.profile.delete({ ...auth, ip: http.ip }, request);
    clearSessionCookie(reply, this.config);
  }
}
