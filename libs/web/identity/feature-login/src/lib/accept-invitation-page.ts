import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { acceptInvitationRequestSchema } from '@leerruimte/shared-contracts';
import { IdentityApi, SessionStore } from '@leerruimte/web-identity-data-access';
import { injectTexts } from '@leerruimte/web-shared-i18n';
import {
  FieldErrors,
  FormBehaviour,
  FormProblem,
  Notice,
  StatusIndicator,
  formAction,
  zodValidator,
} from '@leerruimte/web-shared-ui';
import { appPaths, link, toErrorBody } from '@leerruimte/web-shared-util';
import { invitationTexts } from './invitation.texts';

/** Where the link in an invitation mail lands: join the team, with a new or existing account. */
@Component({
  selector: 'lr-accept-invitation-page',
  imports: [
    FieldErrors,
    FormBehaviour,
    FormProblem,
    MatFormFieldModule,
    MatInputModule,
    Notice,
    ReactiveFormsModule,
    RouterLink,
    StatusIndicator,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './accept-invitation-page.html',
  styleUrl: './login-page.scss',
  host: { class: 'lr-card-page' },
})
export class AcceptInvitationPage {
  private readonly api = inject(IdentityApi);
  private readonly router = inject(Router);
  protected readonly session = inject(SessionStore);
  protected readonly t = injectTexts(invitationTexts);

  readonly token = input.required<string>();

  protected readonly invitation = rxResource({
    params: () => this.token(),
    stream: ({ params }) => this.api.invitation(params),
  });
  protected readonly preview = computed(() =>
    this.invitation.hasValue() ? this.invitation.value() : undefined,
  );
  protected readonly loadProblem = computed(() => {
    const error = this.invitation.error();
    if (!error) return undefined;
    const body = toErrorBody((error as { cause?: unknown }).cause ?? error);
    return body.message || this.t().notFound;
  });
  protected readonly loginLink = computed(() => link(appPaths.login));

  /** The provider's login page; coming back, the invitation is accepted and Vandaag opens. */
  protected ssoStartUrl(email: string): string {
    return this.api.ssoStartUrl(email, link(appPaths.start));
  }
  protected readonly returnHere = computed(() => ({
    terug: link(appPaths.invitation, { token: this.token() }),
  }));

  protected readonly form = new FormGroup({
    name: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, zodValidator(acceptInvitationRequestSchema.shape.name)],
    }),
    password: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });
  protected readonly action = formAction();

  protected async accept(newAccount: boolean): Promise<void> {
    const user = await this.action.run(
      () =>
        firstValueFrom(
          this.api.acceptInvitation(this.token(), newAccount ? this.form.getRawValue() : {}),
        ),
      // An existing account joins without the form, so it must not be checked.
      { form: newAccount ? this.form : undefined },
    );
    if (user) {
      this.session.signedIn(user);
      await this.router.navigateByUrl(link(appPaths.start));
    }
  }
}
