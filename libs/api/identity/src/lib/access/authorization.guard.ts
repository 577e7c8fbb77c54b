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
  type AuthenticatedRequest,
  IS_PUBLIC,
  ParseIdPipe,
  notFound,
} from '@leerruimte/api-core';
import { AccessPolicy } from './access-policy';

export const accessErrors = {
  forbidden: () =>
    new AppError(HttpStatus.FORBIDDEN, 'forbidden', {
      nl: 'Je hebt geen toegang tot dit onderdeel.',
      en: 'You do not have access to this.',
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
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (!requirement || !request.auth || requirement.kind === 'logged-in') {
      // Public routes, and anonymous callers already turned away by the AuthenticationGuard.
      return true;
    }
    const grants = await this.policy.grantsFor(request.auth.userId);
    const params = request.params as Record<string, string | undefined>;
    switch (requirement.kind) {
      case 'platform':
        if (this.policy.mayOnPlatform(grants)) return true;
        break;
      case 'organisation': {
        const organisationId = this.id(params[requirement.param]);
        if (this.policy.mayInOrganisation(grants, requirement.permission, organisationId)) {
          return true;
        }
        break;
      }
      case 'team': {
        const teamId = this.id(params[requirement.param]);
        const [team]: Array<{ organisation_id: string }> = await this.dataSource.query(
          `SELECT organisation_id FROM team WHERE id = $1`,
          [teamId],
        );
        if (!team) throw notFound();
        if (this.policy.mayInTeam(grants, requirement.permission, teamId, team.organisation_id)) {
          return true;
        }
        break;
      }
    }
    throw accessErrors.forbidden();
  }

  private id(value: string | undefined): string {
    return parseId.transform(value);
  }
}
