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
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { type Observable, firstValueFrom } from 'rxjs';
import {
  type TeamMember,
  type TeamRole,
  createTeamRequestSchema,
  emailSchema,
} from '@leerruimte/shared-contracts';
import { IdentityApi, SessionStore } from '@leerruimte/web-identity-data-access';
import { toErrorBody } from '@leerruimte/web-shared-data-access';
import { LocaleService, injectTexts } from '@leerruimte/web-shared-i18n';
import {
  FieldErrors,
  Notice,
  StatusIndicator,
  applyServerErrors,
  zodValidator,
} from '@leerruimte/web-shared-ui';
import { adminTexts } from './admin.texts';

/** An organisation admin's page: teams, their members and invitations, and the audit log. */
@Component({
  selector: 'lr-organisation-teams-page',
  imports: [
    FieldErrors,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    Notice,
    ReactiveFormsModule,
    StatusIndicator,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './organisation-teams-page.html',
  styleUrl: './admin-pages.scss',
})
export class OrganisationTeamsPage {
  private readonly api = inject(IdentityApi);
  private readonly session = inject(SessionStore);
  private readonly locale = inject(LocaleService).locale;
  protected readonly t = injectTexts(adminTexts);

  readonly organisationId = input.required<string>();

  protected readonly organisationName = computed(
    () =>
      this.session.user()?.organisations.find((o) => o.id === this.organisationId())?.name ?? '',
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
  protected readonly message = signal<{ tone: 'success' | 'danger'; text: string } | null>(null);
  protected readonly busy = signal(false);
  protected readonly roles: TeamRole[] = ['professional', 'team_lead'];

  protected time(iso: string): string {
    return new Date(iso).toLocaleString(this.locale() === 'nl' ? 'nl-NL' : 'en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'Europe/Amsterdam',
    });
  }

  protected actionText(action: string): string {
    return (this.t().actions as Record<string, string>)[action] ?? action;
  }

  protected async createTeam(): Promise<void> {
    this.teamForm.markAllAsTouched();
    if (this.teamForm.invalid) return;
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
    this.inviteForm.markAllAsTouched();
    if (!teamId || this.inviteForm.invalid) return;
    const request = this.inviteForm.getRawValue();
    if (await this.run(this.api.invite(teamId, request), this.inviteForm)) {
      this.message.set({ tone: 'success', text: this.t().invitationSent(request.email) });
      this.inviteForm.reset();
      this.invitations.reload();
    }
  }

  protected async resend(invitationId: string, email: string): Promise<void> {
    const teamId = this.selectedTeamId();
    if (teamId && (await this.run(this.api.resendInvitation(teamId, invitationId)))) {
      this.message.set({ tone: 'success', text: this.t().invitationSent(email) });
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

  /** Runs a change, shows what went wrong, and refreshes the log. Undefined when it failed. */
  private async run<T>(action: Observable<T>, form?: FormGroup): Promise<T | undefined> {
    this.busy.set(true);
    this.message.set(null);
    try {
      const result = await firstValueFrom(action, { defaultValue: null as T });
      this.auditLog.reload();
      return result;
    } catch (error) {
      const body = toErrorBody(error);
      const unplaced = form ? applyServerErrors(form, body) : [];
      if (!form || !body.fields || unplaced.length > 0) {
        this.message.set({
          tone: 'danger',
          text: unplaced.join(' ') || body.message || this.t().loadFailed,
        });
      }
      return undefined;
    } finally {
      this.busy.set(false);
    }
  }
}
