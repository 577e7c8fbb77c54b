import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { type Observable, firstValueFrom } from 'rxjs';
import {
  type TeamMember,
  type TeamRole,
  createTeamRequestSchema,
  emailSchema,
} from '@leerruimte/shared-contracts';
import { IdentityApi, SessionStore } from '@leerruimte/web-identity-data-access';
import { injectDateFormat, injectTexts } from '@leerruimte/web-shared-i18n';
import {
  FieldErrors,
  formAction,
  FormBehaviour,
  FormProblem,
  Notice,
  StatusIndicator,
  TableScroll,
  zodValidator,
} from '@leerruimte/web-shared-ui';
import { appPaths, link } from '@leerruimte/web-shared-util';
import { adminTexts } from './admin.texts';

/** An organisation admin's page: teams, their members and invitations, and the audit log. */
@Component({
  selector: 'lr-organisation-teams-page',
  imports: [
    FieldErrors,
    FormBehaviour,
    FormProblem,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    Notice,
    ReactiveFormsModule,
    RouterLink,
    StatusIndicator,
    TableScroll,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './organisation-teams-page.html',
  styleUrl: './admin-pages.scss',
})
export class OrganisationTeamsPage {
  private readonly api = inject(IdentityApi);
  private readonly session = inject(SessionStore);
  private readonly dates = injectDateFormat();
  protected readonly t = injectTexts(adminTexts);

  readonly organisationId = input.required<string>();

  protected readonly organisationName = computed(
    () =>
      this.session.user()?.organisations.find((o) => o.id === this.organisationId())?.name ?? '',
  );
  protected readonly importLink = computed(() =>
    link(appPaths.organisationImport, { organisationId: this.organisationId() }),
  );
  protected readonly teams = rxResource({
    params: () => this.organisationId(),
    stream: ({ params }) => this.api.teams(params),
  });
  protected readonly teamList = computed(() => (this.teams.hasValue() ? this.teams.value() : []));
  /** The team being managed: the first one until another is chosen. */
  protected readonly selectedTeamId = linkedSignal(() => this.teamList()[0]?.id);
  protected readonly selectedTeam = computed(() =>
    this.teamList().find((team) => team.id === this.selectedTeamId()),
  );
  protected readonly members = rxResource({
    params: () => this.selectedTeamId(),
    stream: ({ params }) => this.api.members(params),
  });
  protected readonly invitations = rxResource({
    params: () => this.selectedTeamId(),
    stream: ({ params }) => this.api.invitations(params),
  });
  protected readonly auditLog = rxResource({
    params: () => this.organisationId(),
    stream: ({ params }) => this.api.auditLog(params),
  });

  protected readonly teamForm = new FormGroup({
    name: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, zodValidator(createTeamRequestSchema.shape.name)],
    }),
  });
  protected readonly inviteForm = new FormGroup({
    email: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, zodValidator(emailSchema)],
    }),
    role: new FormControl<TeamRole>('professional', { nonNullable: true }),
  });
  protected readonly action = formAction();
  protected readonly done = signal<string | null>(null);
  protected readonly roles: TeamRole[] = ['professional', 'team_lead'];

  protected time(iso: string): string {
    return this.dates.dateTime(iso);
  }

  protected actionText(action: string): string {
    return this.t().auditAction(action);
  }

  protected async createTeam(): Promise<void> {
    const created = await this.run(
      this.api.createTeam(this.organisationId(), this.teamForm.getRawValue()),
      this.teamForm,
    );
    if (created) {
      this.teamForm.reset();
      this.teams.reload();
      this.selectedTeamId.set(created.id);
    }
  }

  protected async invite(): Promise<void> {
    const teamId = this.selectedTeamId();
    if (!teamId) return;
    const request = this.inviteForm.getRawValue();
    if (await this.run(this.api.invite(teamId, request), this.inviteForm)) {
      this.done.set(this.t().invitationSent(request.email));
      this.inviteForm.reset();
      this.invitations.reload();
    }
  }

  protected async resend(invitationId: string, email: string): Promise<void> {
    const teamId = this.selectedTeamId();
    if (teamId && (await this.run(this.api.resendInvitation(teamId, invitationId)))) {
      this.done.set(this.t().invitationSent(email));
      this.invitations.reload();
    }
  }

  protected async changeRole(member: TeamMember, role: TeamRole): Promise<void> {
    const teamId = this.selectedTeamId();
    if (teamId && (await this.run(this.api.changeRole(teamId, member.userId, role)))) {
      this.members.reload();
    }
  }

  protected async remove(member: TeamMember): Promise<void> {
    const teamId = this.selectedTeamId();
    const team = this.selectedTeam();
    if (!teamId || !team || !confirm(this.t().confirmRemove(member.name, team.name))) return;
    if ((await this.run(this.api.removeMember(teamId, member.userId))) !== undefined) {
      this.members.reload();
      this.teams.reload();
    }
  }

  /**
   * Runs a change and refreshes the log, which records it. Undefined when the form was invalid
   * or the request failed; null for an empty answer.
   */
  private async run<T>(request: Observable<T>, form?: FormGroup): Promise<T | null | undefined> {
    this.done.set(null);
    const result = await this.action.run(() => firstValueFrom(request, { defaultValue: null }), {
      form,
    });
    if (result !== undefined) this.auditLog.reload();
    return result;
  }
}
