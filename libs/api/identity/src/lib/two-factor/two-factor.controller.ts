import { Controller, HttpCode, HttpStatus, Post, Req } from '@nestjs/common';
import { ApiConflictResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  Auth,
  type AuthenticatedRequest,
  type Authentication,
  LoggedIn,
  ValidBody,
  errorBodyOpenApi,
  openApiSchema,
} from '@leerruimte/api-core';
import {
  type EnableTwoFactorRequest,
  type ReauthenticationRequest,
  type RecoveryCodes,
  type TwoFactorSetup,
  enableTwoFactorRequestSchema,
  reauthenticationSchema,
  recoveryCodesSchema,
  twoFactorSetupSchema,
} from '@leerruimte/shared-contracts';
import { TwoFactorService } from './two-factor.service';

@ApiTags('identity')
@Controller('me/two-factor')
export class TwoFactorController {
  constructor(private readonly twoFactor: TwoFactorService) {}

  @Post('setup')
  @LoggedIn()
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({
    description: 'A new secret to add to an authenticator app; not in use until confirmed',
    schema: openApiSchema(twoFactorSetupSchema),
  })
  @ApiConflictResponse({
    description: 'Two-factor authentication is already on',
    schema: errorBodyOpenApi,
  })
  setup(
    @Auth() auth: Authentication,
    @Req() http: AuthenticatedRequest,
    @ValidBody(reauthenticationSchema) request: ReauthenticationRequest,
  ): Promise<TwoFactorSetup> {
    return this.twoFactor.startSetup({ userId: auth.userId, ip: http.ip }, request);
  }

  @Post('enable')
  @LoggedIn()
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({
    description: 'On; the recovery codes are shown this once',
    schema: openApiSchema(recoveryCodesSchema),
  })
  enable(
    @Auth() auth: Authentication,
    @Req() http: AuthenticatedRequest,
    @ValidBody(enableTwoFactorRequestSchema) request: EnableTwoFactorRequest,
  ): Promise<RecoveryCodes> {
    return this.twoFactor.enable({ userId: auth.userId, ip: http.ip }, request.code);
  }

  @Post('disable')
  @LoggedIn()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Off; the recovery codes no longer work' })
  @ApiConflictResponse({ description: 'Admins cannot turn it off', schema: errorBodyOpenApi })
  disable(
    @Auth() auth: Authentication,
    @Req() http: AuthenticatedRequest,
    @ValidBody(reauthenticationSchema) request: ReauthenticationRequest,
  ): Promise<void> {
    return this.twoFactor.disable({ userId: auth.userId, ip: http.ip }, request);
  }

  @Post('recovery-codes')
  @LoggedIn()
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({
    description: 'New recovery codes; the old ones no longer work',
    schema: openApiSchema(recoveryCodesSchema),
  })
  renewRecoveryCodes(
    @Auth() auth: Authentication,
    @Req() http: AuthenticatedRequest,
    @ValidBody(reauthenticationSchema) request: ReauthenticationRequest,
  ): Promise<RecoveryCodes> {
    return this.twoFactor.regenerateRecoveryCodes({ userId: auth.userId, ip: http.ip }, request);
  }
}
