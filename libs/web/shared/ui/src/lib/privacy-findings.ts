import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { clientDataExplanations, findClientData } from '@leerruimte/shared-privacy';
import { LocaleService, defineTexts, injectTexts } from '@leerruimte/web-shared-i18n';
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
              <li>“{{ finding.fragment }}” {{ explanations[finding.kind][locale()] }}</li>
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
  protected readonly explanations = clientDataExplanations;

  /** The text as it is being typed. */
  readonly text = input.required<string>();
  /** The "this is not client data" confirmation, sent along with the text. */
  readonly confirmed = input.required<FormControl<boolean>>();

  readonly findings = computed(() => findClientData(this.text()));
}
