import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  type Signal,
  computed,
  inject,
  input,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { type FormControl, type FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { LocaleService, defineTexts, injectTexts } from '@leerruimte/web-shared-i18n';
import { ClientDataGuard } from './client-data-guard';
import { Notice } from './notice';

const texts = defineTexts(
  {
    warning:
      'Je tekst bevat iets wat een cliënt kan identificeren. Schrijf het liever anders, zonder gegevens van cliënten:',
    confirm: 'Dit zijn geen gegevens van een cliënt',
  },
  {
    warning:
      'Your text contains something that could identify a client. Better rephrase it, without client data:',
    confirm: 'This is not client data',
  },
);

/**
 * The privacy guard beside a free-text field: while the author types, what could identify a
 * client is listed with why, and a checkbox lets them confirm it is not client data. The API
 * checks the same with the same library.
 */
@Component({
  selector: 'lr-privacy-findings',
  imports: [MatCheckboxModule, Notice, ReactiveFormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (findings().length > 0) {
      <div class="privacy" data-testid="privacy-findings">
        <lr-notice tone="warning">
          {{ t().warning }}
          <ul>
            @for (finding of findings(); track finding.start) {
              <li>“{{ finding.fragment }}” {{ guard.explanation(finding.kind, locale()) }}</li>
            }
          </ul>
        </lr-notice>
        <mat-checkbox [formControl]="confirmed()">{{ t().confirm }}</mat-checkbox>
      </div>
    }
  `,
  styles: `
    .privacy {
      display: flex;
      flex-direction: column;
      gap: var(--lr-space-2);
    }
    ul {
      margin: var(--lr-space-1) 0 0;
    }
  `,
})
export class PrivacyFindings {
  protected readonly t = injectTexts(texts);
  protected readonly locale = inject(LocaleService).locale;
  protected readonly guard = inject(ClientDataGuard);

  /** The text as it is being typed. */
  readonly text = input.required<string>();
  /** The "this is not client data" confirmation, sent along with the text. */
  readonly confirmed = input.required<FormControl<boolean>>();

  readonly findings = computed(() => this.guard.find(this.text()));
}

type GuardedForm = FormGroup & { controls: { confirmedNotClientData: FormControl<boolean> } };

/**
 * The text of a form's free-text fields, as one, for `<lr-privacy-findings>`. Confirming that
 * it is not client data clears the API's refusal under the fields: otherwise the form would
 * stay invalid and the confirmation could never be sent. Call in an injection context.
 */
export function guardedText(form: GuardedForm, fields: readonly string[]): Signal<string> {
  const values = toSignal(form.valueChanges, { initialValue: form.getRawValue() });
  const confirmation = form.controls.confirmedNotClientData.valueChanges.subscribe(() => {
    for (const field of fields) form.get(field)?.updateValueAndValidity({ emitEvent: false });
  });
  inject(DestroyRef).onDestroy(() => confirmation.unsubscribe());
  return computed(() => {
    values();
    return fields.map((field) => String(form.get(field)?.value ?? '')).join('\n\n');
  });
}
