import { Controller, Get } from '@nestjs/common';
import { createTestContext } from '@leerruimte/api-infrastructure/testing';
import { IdentityModule } from '../identity.module';

@Controller('vergeten')
class ForgottenDeclarationController {
  @Get()
  open(): string {
    return 'iedereen?';
  }
}

describe('AuthorizationGuard at start-up', () => {
  it('refuses to start when a route does not say who may use it', async () => {
    await expect(
      createTestContext({
        imports: [IdentityModule],
        controllers: [ForgottenDeclarationController],
      }),
    ).rejects.toThrow(
      'Routes without @Public, @LoggedIn or @RequirePermission: ForgottenDeclarationController.open',
    );
  });
});
