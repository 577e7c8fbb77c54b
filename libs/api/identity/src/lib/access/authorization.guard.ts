import {
  type CanActivate,
  type ExecutionContext,
  HttpStatus,
  Injectable,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { DataSource } from 'typeorm';
import {
  ACCESS_REQUIREMENT,
  type AccessRequirement,
  AppError,
  DelegatedAccessRegistry,
  IS_PUBLIC,
  ParseIdPipe,
  notFound,
} from '@leerruimte/api-core';
import { AccessPolicy, type GrantedRequest, type Grants } from './access-policy';
import { organisationIdOfTeam } from './access.queries';

export const accessErrors = {
  forbidden: () =>
    new AppError(HttpStatus.FORBIDDEN, 'forbidden', {
      nl: 'Je hebt geen toegang tot dit onderdeel.',
      en: 'You do not have access to this.',
    }),
  twoFactorRequired: () =>
    new AppError(HttpStatus.FORBIDDEN, 'two_factor_required', {
      nl: 'Zet eerst tweestapsverificatie aan (op je profiel) om beheerwerk te doen.',
      en: 'Turn on two-factor authentication first (on your profile) to do admin work.',
    }),
};

const parseId = new ParseIdPipe();

/**
 * Runs after the AuthenticationGuard: checks the route's declared requirement against the
 * person's memberships. At start-up it refuses any route that declares no requirement.
 */
@Injectable()
export class AuthorizationGuard implements CanActivate, OnApplicationBootstrap {
  constructor(
    private readonly reflector: Reflector,
    private readonly policy: AccessPolicy,
    private readonly dataSource: DataSource,
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly delegations: DelegatedAccessRegistry,
  ) {}

  onApplicationBootstrap(): void {
    const undeclared: string[] = [];
    for (const wrapper of this.discovery.getControllers()) {
      const controller = wrapper.metatype as (new (...args: never[]) => unknown) | undefined;
      const prototype = controller?.prototype as Record<string, () => unknown> | undefined;
      if (!controller || !prototype) continue;
      const classPublic = this.reflector.get<boolean>(IS_PUBLIC, controller);
      for (const name of this.scanner.getAllMethodNames(prototype)) {
        const handler = prototype[name];
        if (this.reflector.get(PATH_METADATA, handler) === undefined) continue;
        const declared =
          classPublic ||
          this.reflector.get(IS_PUBLIC, handler) ||
          this.reflector.get(ACCESS_REQUIREMENT, handler);
        if (!declared) undeclared.push(`${wrapper.name}.${name}`);
      }
    }
    if (undeclared.length > 0) {
      throw new Error(
        `Routes without @Public, @LoggedIn or @RequirePermission: ${undeclared.join(', ')}`,
      );
    }
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const requirement = this.reflector.getAllAndOverride<AccessRequirement | undefined>(
      ACCESS_REQUIREMENT,
      [context.getHandler(), context.getClass()],
    );
    const request = context.switchToHttp().getRequest<GrantedRequest>();
    if (!requirement || !request.auth || requirement.kind === 'logged-in') {
      // Public routes, and anonymous callers already turned away by the AuthenticationGuard.
      return true;
    }
    // The AuthenticationGuard sets both or neither; without grants, nothing is allowed.
    const grants = request.grants;
    if (!grants) throw accessErrors.forbidden();
    const params = request.params as Record<string, string | undefined>;
    if (await this.allows(requirement, grants, params)) return true;
    if (
      requirement.kind === 'team' &&
      requirement.orDelegate &&
      (await this.delegations.allows(requirement.orDelegate, request.auth.userId, params))
    ) {
      return true;
    }
    if (
      !grants.twoFactor &&
      (await this.allows(requirement, this.policy.withTwoFactor(grants), params))
    ) {
      throw accessErrors.twoFactorRequired();
    }
    throw accessErrors.forbidden();
  }

  private async allows(
    requirement: Exclude<AccessRequirement, { kind: 'logged-in' }>,
    grants: Grants,
    params: Record<string, string | undefined>,
  ): Promise<boolean> {
    switch (requirement.kind) {
      case 'platform':
        return this.policy.mayOnPlatform(grants);
      case 'organisation':
        return this.policy.mayInOrganisation(
          grants,
          requirement.permission,
          this.id(params[requirement.param]),
        );
      case 'team': {
        const teamId = this.id(params[requirement.param]);
        // A member's own role answers without a query; the team exists if they are in it.
        if (this.policy.mayAsMember(grants, requirement.permission, teamId)) return true;
        const organisationId = await organisationIdOfTeam(this.dataSource, teamId);
        if (!organisationId) throw notFound();
        return this.policy.mayInTeam(grants, requirement.permission, teamId, organisationId);
      }
    }
  }

  private id(value: string | undefined): string {
    return parseId.transform(value);
  }
}
