import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type {
  AcceptInvitationRequest,
  AuditEntry,
  ChangePasswordRequest,
  CreateOrganisationRequest,
  CreateTeamRequest,
  CurrentUser,
  InvitationPreview,
  InvitationView,
  InviteRequest,
  OrganisationSummary,
  OutboxMessageView,
  ReauthenticationRequest,
  RecoveryCodes,
  TeamMember,
  TeamRole,
  TeamSummary,
  TwoFactorSetup,
  UpdateProfileRequest,
} from '@leerruimte/shared-contracts';

/** The identity endpoints, typed by the shared contracts. */
@Injectable({ providedIn: 'root' })
export class IdentityApi {
  private readonly http = inject(HttpClient);

  teams(organisationId: string): Observable<TeamSummary[]> {
    return this.http.get<TeamSummary[]>(`/api/organisations/${organisationId}/teams`);
  }

  createTeam(organisationId: string, request: CreateTeamRequest): Observable<TeamSummary> {
    return this.http.post<TeamSummary>(`/api/organisations/${organisationId}/teams`, request);
  }

  auditLog(organisationId: string): Observable<AuditEntry[]> {
    return this.http.get<AuditEntry[]>(`/api/organisations/${organisationId}/audit-log`);
  }

  members(teamId: string): Observable<TeamMember[]> {
    return this.http.get<TeamMember[]>(`/api/teams/${teamId}/members`);
  }

  changeRole(teamId: string, userId: string, role: TeamRole): Observable<TeamMember> {
    return this.http.patch<TeamMember>(`/api/teams/${teamId}/members/${userId}`, { role });
  }

  removeMember(teamId: string, userId: string): Observable<void> {
    return this.http.delete<void>(`/api/teams/${teamId}/members/${userId}`);
  }

  invitations(teamId: string): Observable<InvitationView[]> {
    return this.http.get<InvitationView[]>(`/api/teams/${teamId}/invitations`);
  }

  invite(teamId: string, request: InviteRequest): Observable<InvitationView> {
    return this.http.post<InvitationView>(`/api/teams/${teamId}/invitations`, request);
  }

  resendInvitation(teamId: string, invitationId: string): Observable<InvitationView> {
    return this.http.post<InvitationView>(
      `/api/teams/${teamId}/invitations/${invitationId}/resend`,
      null,
    );
  }

  invitation(token: string): Observable<InvitationPreview> {
    return this.http.get<InvitationPreview>(`/api/invitations/${encodeURIComponent(token)}`);
  }

  acceptInvitation(token: string, request: AcceptInvitationRequest): Observable<CurrentUser> {
    return this.http.post<CurrentUser>(
      `/api/invitations/${encodeURIComponent(token)}/accept`,
      request,
    );
  }

  requestPasswordReset(email: string): Observable<void> {
    return this.http.post<void>('/api/auth/password-reset', { email });
  }

  resetPassword(token: string, password: string): Observable<void> {
    return this.http.post<void>(`/api/auth/password-reset/${encodeURIComponent(token)}`, {
      password,
    });
  }

  updateProfile(request: UpdateProfileRequest): Observable<CurrentUser> {
    return this.http.patch<CurrentUser>('/api/me', request);
  }

  changePassword(request: ChangePasswordRequest): Observable<void> {
    return this.http.post<void>('/api/me/password', request);
  }

  exportMyData(): Observable<Blob> {
    return this.http.get('/api/me/export', { responseType: 'blob' });
  }

  deleteAccount(request: ReauthenticationRequest): Observable<void> {
    return this.http.delete<void>('/api/me', { body: request });
  }

  startTwoFactorSetup(request: ReauthenticationRequest): Observable<TwoFactorSetup> {
    return this.http.post<TwoFactorSetup>('/api/me/two-factor/setup', request);
  }

  enableTwoFactor(code: string): Observable<RecoveryCodes> {
    return this.http.post<RecoveryCodes>('/api/me/two-factor/enable', { code });
  }

  disableTwoFactor(request: ReauthenticationRequest): Observable<void> {
    return this.http.post<void>('/api/me/two-factor/disable', request);
  }

  renewRecoveryCodes(request: ReauthenticationRequest): Observable<RecoveryCodes> {
    return this.http.post<RecoveryCodes>('/api/me/two-factor/recovery-codes', request);
  }

  organisations(): Observable<OrganisationSummary[]> {
    return this.http.get<OrganisationSummary[]>('/api/admin/organisations');
  }

  createOrganisation(request: CreateOrganisationRequest): Observable<OrganisationSummary> {
    return this.http.post<OrganisationSummary>('/api/admin/organisations', request);
  }

  outbox(): Observable<OutboxMessageView[]> {
    return this.http.get<OutboxMessageView[]>('/api/admin/outbox');
  }
}
