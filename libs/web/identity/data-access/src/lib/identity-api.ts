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
  PeopleImport,
  PeopleImportProgress,
  PendingSsoLink,
  PrivacyAllowances,
  ReauthenticationRequest,
  RecoveryCodes,
  SignInMethod,
  SsoSettings,
  SsoSettingsRequest,
  StartPeopleImportRequest,
  TeamMember,
  TeamRole,
  TeamSummary,
  TwoFactorSetup,
  UpdateProfileRequest,
} from '@leerruimte/shared-contracts';
import { ApiClient } from '@leerruimte/web-shared-api-client';
import {
  authControllerRequestPasswordReset,
  authControllerRequestUnlockLink,
  authControllerResetPassword,
  authControllerUnlock,
  invitationsControllerAccept,
  invitationsControllerInvite,
  invitationsControllerPending,
  invitationsControllerPreview,
  invitationsControllerResend,
  profileControllerChangePassword,
  profileControllerDelete,
  profileControllerExport,
  peopleImportsControllerProgress,
  peopleImportsControllerSendInvitations,
  peopleImportsControllerStart,
  peopleImportsControllerUpload$Csv,
  peopleImportsControllerUpload$VndOpenxmlformatsOfficedocumentSpreadsheetmlSheet,
  peopleImportsControllerView,
  profileControllerUpdate,
  ssoControllerConfirmLink,
  ssoControllerConfirmLinkByMail,
  ssoControllerMailLinkConfirmation,
  ssoControllerMethod,
  ssoControllerPendingLink,
  ssoControllerRemove,
  ssoControllerSave,
  ssoControllerSettings,
  ssoControllerVerifyDomain,
  teamsControllerAuditLog,
  teamsControllerChangeRole,
  teamsControllerCreate,
  teamsControllerList,
  teamsControllerMembers,
  teamsControllerPrivacyAllowances,
  teamsControllerSavePrivacyAllowances,
  teamsControllerRemove,
  twoFactorControllerDisable,
  twoFactorControllerEnable,
  twoFactorControllerRenewRecoveryCodes,
  twoFactorControllerSetup,
} from '@leerruimte/web-shared-api-client/identity';
import {
  organisationsControllerCreate,
  organisationsControllerList,
  outboxControllerLatest,
} from '@leerruimte/web-shared-api-client/platform';

/** The identity endpoints, through the generated client, typed by the shared contracts. */
@Injectable({ providedIn: 'root' })
export class IdentityApi {
  private readonly api = inject(ApiClient);

  teams(organisationId: string): Observable<TeamSummary[]> {
    return this.api.invoke(teamsControllerList, { organisationId });
  }

  createTeam(organisationId: string, request: CreateTeamRequest): Observable<TeamSummary> {
    return this.api.invoke(teamsControllerCreate, { organisationId, body: request });
  }

  auditLog(organisationId: string): Observable<AuditEntry[]> {
    return this.api.invoke(teamsControllerAuditLog, { organisationId });
  }

  /** What the team knows is not client data (its lead keeps the list). */
  privacyAllowances(teamId: string): Observable<PrivacyAllowances> {
    return this.api.invoke(teamsControllerPrivacyAllowances, { teamId });
  }

  savePrivacyAllowances(teamId: string, fragments: string[]): Observable<PrivacyAllowances> {
    return this.api.invoke(teamsControllerSavePrivacyAllowances, {
      teamId,
      body: { fragments },
    });
  }

  members(teamId: string): Observable<TeamMember[]> {
    return this.api.invoke(teamsControllerMembers, { teamId });
  }

  changeRole(teamId: string, userId: string, role: TeamRole): Observable<TeamMember> {
    return this.api.invoke(teamsControllerChangeRole, { teamId, userId, body: { role } });
  }

  removeMember(teamId: string, userId: string): Observable<void> {
    return this.api.invoke(teamsControllerRemove, { teamId, userId });
  }

  invitations(teamId: string): Observable<InvitationView[]> {
    return this.api.invoke(invitationsControllerPending, { teamId });
  }

  invite(teamId: string, request: InviteRequest): Observable<InvitationView> {
    return this.api.invoke(invitationsControllerInvite, { teamId, body: request });
  }

  resendInvitation(teamId: string, invitationId: string): Observable<InvitationView> {
    return this.api.invoke(invitationsControllerResend, { teamId, invitationId });
  }

  invitation(token: string): Observable<InvitationPreview> {
    return this.api.invoke(invitationsControllerPreview, { token });
  }

  acceptInvitation(token: string, request: AcceptInvitationRequest): Observable<CurrentUser> {
    return this.api.invoke(invitationsControllerAccept, { token, body: request });
  }

  requestPasswordReset(email: string): Observable<void> {
    return this.api.invoke(authControllerRequestPasswordReset, { body: { email } });
  }

  /** Mails a link that lets the person log in on this device while failed attempts make others wait. */
  requestUnlockLink(email: string): Observable<void> {
    return this.api.invoke(authControllerRequestUnlockLink, { body: { email } });
  }

  /** Password, or the organisation's provider: decided by the address's domain. */
  signInMethod(email: string): Observable<SignInMethod> {
    return this.api.invoke(ssoControllerMethod, { body: { email } });
  }

  /** Where the provider's login page goes: a full page load, not a route of the app. */
  ssoStartUrl(email: string, returnPath: string | undefined): string {
    const query = new URLSearchParams({ email, ...(returnPath && { terug: returnPath }) });
    return `/api/auth/sso/start?${query.toString()}`;
  }

  pendingSsoLink(token: string): Observable<PendingSsoLink> {
    return this.api.invoke(ssoControllerPendingLink, { token });
  }

  confirmSsoLink(token: string, password: string): Observable<CurrentUser> {
    return this.api.invoke(ssoControllerConfirmLink, { token, body: { password } });
  }

  /** Mails the account's owner a link that confirms instead of the password. */
  mailSsoLinkConfirmation(token: string): Observable<void> {
    return this.api.invoke(ssoControllerMailLinkConfirmation, { token });
  }

  confirmSsoLinkByMail(token: string, code: string): Observable<CurrentUser> {
    return this.api.invoke(ssoControllerConfirmLinkByMail, { token, body: { code } });
  }

  ssoSettings(organisationId: string): Observable<SsoSettings> {
    return this.api.invoke(ssoControllerSettings, { organisationId });
  }

  saveSsoSettings(organisationId: string, request: SsoSettingsRequest): Observable<SsoSettings> {
    return this.api.invoke(ssoControllerSave, { organisationId, body: request });
  }

  verifySsoDomain(organisationId: string, domain: string): Observable<SsoSettings> {
    return this.api.invoke(ssoControllerVerifyDomain, { organisationId, domain });
  }

  removeSso(organisationId: string): Observable<void> {
    return this.api.invoke(ssoControllerRemove, { organisationId });
  }

  /** Uploads a list of people for its preview; an .xlsx file goes as Excel, anything else as CSV. */
  uploadPeople(organisationId: string, file: File): Observable<PeopleImport> {
    const params = { organisationId, fileName: file.name, body: file };
    return /\.xlsx$/i.test(file.name)
      ? this.api.invoke(
          peopleImportsControllerUpload$VndOpenxmlformatsOfficedocumentSpreadsheetmlSheet,
          params,
        )
      : this.api.invoke(peopleImportsControllerUpload$Csv, params);
  }

  peopleImport(organisationId: string, importId: string): Observable<PeopleImport> {
    return this.api.invoke(peopleImportsControllerView, { organisationId, importId });
  }

  peopleImportProgress(organisationId: string, importId: string): Observable<PeopleImportProgress> {
    return this.api.invoke(peopleImportsControllerProgress, { organisationId, importId });
  }

  startPeopleImport(
    organisationId: string,
    importId: string,
    request: StartPeopleImportRequest,
  ): Observable<PeopleImport> {
    return this.api.invoke(peopleImportsControllerStart, {
      organisationId,
      importId,
      body: request,
    });
  }

  sendImportInvitations(organisationId: string, importId: string): Observable<PeopleImport> {
    return this.api.invoke(peopleImportsControllerSendInvitations, { organisationId, importId });
  }

  /** A file to fill in, with the organisation's team names: a plain link, so the browser saves it. */
  importTemplateUrl(organisationId: string): string {
    return `/api/organisations/${encodeURIComponent(organisationId)}/people-imports/template.csv`;
  }

  /** The lines in error as a CSV download: a plain link, so the browser saves it. */
  importErrorsUrl(organisationId: string, importId: string): string {
    return `/api/organisations/${encodeURIComponent(organisationId)}/people-imports/${encodeURIComponent(importId)}/errors.csv`;
  }

  /** Opens the mailed link: this browser becomes a known device of the account. */
  unlock(token: string): Observable<void> {
    return this.api.invoke(authControllerUnlock, { token });
  }

  resetPassword(token: string, password: string): Observable<void> {
    return this.api.invoke(authControllerResetPassword, { token, body: { password } });
  }

  updateProfile(request: UpdateProfileRequest): Observable<CurrentUser> {
    return this.api.invoke(profileControllerUpdate, { body: request });
  }

  changePassword(request: ChangePasswordRequest): Observable<void> {
    return this.api.invoke(profileControllerChangePassword, { body: request });
  }

  exportMyData(): Observable<Blob> {
    return this.api.invoke(profileControllerExport);
  }

  deleteAccount(request: ReauthenticationRequest): Observable<void> {
    return this.api.invoke(profileControllerDelete, { body: request });
  }

  startTwoFactorSetup(request: ReauthenticationRequest): Observable<TwoFactorSetup> {
    return this.api.invoke(twoFactorControllerSetup, { body: request });
  }

  enableTwoFactor(code: string): Observable<RecoveryCodes> {
    return this.api.invoke(twoFactorControllerEnable, { body: { code } });
  }

  disableTwoFactor(request: ReauthenticationRequest): Observable<void> {
    return this.api.invoke(twoFactorControllerDisable, { body: request });
  }

  renewRecoveryCodes(request: ReauthenticationRequest): Observable<RecoveryCodes> {
    return this.api.invoke(twoFactorControllerRenewRecoveryCodes, { body: request });
  }

  organisations(): Observable<OrganisationSummary[]> {
    return this.api.invoke(organisationsControllerList);
  }

  createOrganisation(request: CreateOrganisationRequest): Observable<OrganisationSummary> {
    return this.api.invoke(organisationsControllerCreate, { body: request });
  }

  outbox(): Observable<OutboxMessageView[]> {
    return this.api.invoke(outboxControllerLatest);
  }
}
