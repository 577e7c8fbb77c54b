import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type {
  ReauthenticationRequest,
  RecoveryCodes,
  TwoFactorSetup,
} from '@leerruimte/shared-contracts';
import { APP_CONFIG, type AppConfig, type SecretBox, qrCodeDataUrl } from '@leerruimte/api-core';
import { AuditLog } from '@leerruimte/api-identity-data';
import { User } from '@leerruimte/api-identity-data';
import { PasswordHasher } from '../passwords/password-hasher';
import { RecoveryCode } from './recovery-code.entity';
import { hashRecoveryCode, isRecoveryCodeShape, newRecoveryCodes } from './recovery-codes';
import { newTotpSecret, totpSecretBox, totpUri, verifyTotp } from './totp';
import { twoFactorErrors } from './two-factor.errors';
import { claimRecoveryCode, claimTotpStep, isTwoFactorRequired } from './two-factor.queries';

export interface AccountActor {
  userId: string;
  ip: string;
}

/**
 * Two-factor authentication with an authenticator app (TOTP) and one-time recovery codes:
 * setting it up, checking a code at login, and asking again who you are before a sensitive change.
 */
@Injectable()
export class TwoFactorService {
  private readonly secrets: SecretBox;

  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditLog,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.secrets = totpSecretBox(config);
  }

  /** Admins of an organisation or the platform need 2FA for their admin work. */
  async isRequiredFor(userId: string): Promise<boolean> {
    return isTwoFactorRequired(this.dataSource, userId);
  }

  /**
   * The password, and the second factor when it is on. `passwordField` names the form field a
   * wrong password is reported on.
   */
  async reauthenticate(
    userId: string,
    request: ReauthenticationRequest,
    passwordField = 'currentPassword',
  ): Promise<User> {
    const user = await this.dataSource.getRepository(User).findOneByOrFail({ id: userId });
    if (!(await this.hasher.verify(user.passwordHash, request.currentPassword))) {
      throw twoFactorErrors.wrongPassword(passwordField);
    }
    if (user.twoFactorEnabledAt) {
      if (!request.twoFactorCode) throw twoFactorErrors.codeMissing();
      if (!(await this.verifyCode(user, request.twoFactorCode))) {
        throw twoFactorErrors.wrongCode('twoFactorCode');
      }
    }
    return user;
  }

  /**
   * Checks a code from the app or an unused recovery code, and uses it up: an app code's time
   * step and a recovery code can each be used once, also when two requests race.
   */
  async verifyCode(user: User, code: string): Promise<boolean> {
    if (!user.totpSecret) return false;
    if (/^\d{6}$/.test(code.trim())) {
      const lastStep = user.totpLastStep === null ? null : Number(user.totpLastStep);
      const secret = this.secrets.open(user.totpSecret);
      const step = verifyTotp(secret.plain, code.trim(), lastStep);
      if (step === undefined) return false;
      const claimed = await claimTotpStep(this.dataSource, user.id, step);
      // Stored before sealing, or sealed with the key being rotated out: sealed anew now.
      if (claimed && secret.stale) {
        await this.dataSource
          .getRepository(User)
          .update({ id: user.id }, { totpSecret: this.secrets.seal(secret.plain) });
      }
      return claimed;
    }
    if (!isRecoveryCodeShape(code)) return false;
    return claimRecoveryCode(this.dataSource, user.id, hashRecoveryCode(code));
  }

  /** Step one: a new secret to scan. It only counts once a code from the app matches it. */
  async startSetup(actor: AccountActor, request: ReauthenticationRequest): Promise<TwoFactorSetup> {
    const user = await this.reauthenticate(actor.userId, request);
    if (user.twoFactorEnabledAt) throw twoFactorErrors.alreadyOn();
    const secret = newTotpSecret();
    await this.dataSource
      .getRepository(User)
      .update({ id: user.id }, { totpPendingSecret: this.secrets.seal(secret) });
    const otpauthUri = totpUri(secret, user.email);
    return { secret, otpauthUri, qrCode: await qrCodeDataUrl(otpauthUri) };
  }

  /** Step two: the app's code proves it holds the secret; 2FA is on and recovery codes are made. */
  async enable(actor: AccountActor, code: string): Promise<RecoveryCodes> {
    const user = await this.dataSource.getRepository(User).findOneByOrFail({ id: actor.userId });
    if (user.twoFactorEnabledAt) throw twoFactorErrors.alreadyOn();
    if (!user.totpPendingSecret) throw twoFactorErrors.noSetupStarted();
    const pending = this.secrets.open(user.totpPendingSecret);
    const step = verifyTotp(pending.plain, code, null);
    if (step === undefined) throw twoFactorErrors.wrongCode('code');
    return this.dataSource.transaction(async (manager) => {
      await manager.update(
        User,
        { id: user.id },
        {
          totpSecret: pending.stale ? this.secrets.seal(pending.plain) : user.totpPendingSecret,
          totpPendingSecret: null,
          totpLastStep: String(step),
          twoFactorEnabledAt: new Date(),
        },
      );
      const recoveryCodes = await this.replaceRecoveryCodes(manager, user.id);
      await this.audit.recordForOwnAccount(manager, actor, 'two_factor.enabled');
      return { recoveryCodes };
    });
  }

  async disable(actor: AccountActor, request: ReauthenticationRequest): Promise<void> {
    const user = await this.reauthenticate(actor.userId, request);
    if (!user.twoFactorEnabledAt) throw twoFactorErrors.notOn();
    if (await this.isRequiredFor(user.id)) throw twoFactorErrors.requiredForRole();
    await this.dataSource.transaction(async (manager) => {
      await manager.update(
        User,
        { id: user.id },
        { totpSecret: null, totpPendingSecret: null, totpLastStep: null, twoFactorEnabledAt: null },
      );
      await manager.delete(RecoveryCode, { userId: user.id });
      await this.audit.recordForOwnAccount(manager, actor, 'two_factor.disabled');
    });
  }

  /** New codes replace all old ones, used or not. */
  async regenerateRecoveryCodes(
    actor: AccountActor,
    request: ReauthenticationRequest,
  ): Promise<RecoveryCodes> {
    const user = await this.reauthenticate(actor.userId, request);
    if (!user.twoFactorEnabledAt) throw twoFactorErrors.notOn();
    return this.dataSource.transaction(async (manager) => {
      const recoveryCodes = await this.replaceRecoveryCodes(manager, user.id);
      await this.audit.recordForOwnAccount(manager, actor, 'two_factor.recovery_codes_renewed');
      return { recoveryCodes };
    });
  }

  private async replaceRecoveryCodes(manager: EntityManager, userId: string): Promise<string[]> {
    const codes = newRecoveryCodes();
    await manager.delete(RecoveryCode, { userId });
    await manager.insert(
      RecoveryCode,
      codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code) })),
    );
    return codes;
  }
}
