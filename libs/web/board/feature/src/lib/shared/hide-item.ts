import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { firstValueFrom } from 'rxjs';
import { type BoardItemType, hideItemRequestSchema } from '@leerruimte/shared-contracts';
import { BoardApi } from '@leerruimte/web-board-data-access';
import { injectTexts } from '@leerruimte/web-shared-i18n';
import {
  FieldErrors,
  FormBehaviour,
  FormProblem,
  formAction,
  zodValidator,
} from '@leerruimte/web-shared-ui';
import { boardTexts } from '../board.texts';

/**
 * The team lead's "Verbergen" on one item of the board: a reason is asked first, because the
 * team sees the reason in place of the text.
 */
@Component({
  selector: 'lr-hide-item',
  imports: [
    FieldErrors,
    FormBehaviour,
    FormProblem,
    MatFormFieldModule,
    MatInputModule,
    ReactiveFormsModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (!open()) {
      <button
        type="button"
        class="lr-button hide"
        [attr.aria-label]="t().hideLabel(what())"
        (click)="open.set(true)"
      >
        {{ t().hide }}
      </button>
    } @else {
      <form class="hide-form" [formGroup]="form" (ngSubmit)="hide()" novalidate>
        <mat-form-field appearance="outline">
          <mat-label>{{ t().hideReason }}</mat-label>
          <textarea matInput formControlName="reason" rows="2"></textarea>
          <mat-hint>{{ t().hideHint }}</mat-hint>
          <mat-error><lr-field-errors [control]="form.controls.reason" /></mat-error>
        </mat-form-field>
        <div class="actions">
          <button class="lr-button lr-button-outlined" type="submit" [disabled]="action.busy()">
            {{ t().hideConfirm }}
          </button>
          <button class="lr-button" type="button" (click)="cancel()">{{ t().cancel }}</button>
        </div>
        <lr-form-problem [action]="action" />
      </form>
    }
  `,
  styles: `
    .hide-form {
      display: flex;
      flex-direction: column;
      gap: var(--lr-space-2);
      max-width: 32rem;
      margin-top: var(--lr-space-2);
    }
    mat-form-field {
      width: 100%;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--lr-space-2);
    }
  `,
})
export class HideItem {
  private readonly api = inject(BoardApi);
  protected readonly t = injectTexts(boardTexts);
  protected readonly action = formAction();

  readonly teamId = input.required<string>();
  readonly itemType = input.required<BoardItemType>();
  readonly itemId = input.required<string>();
  /** What is hidden, for the button's accessible name ("Verbergen: antwoord van Fatma"). */
  readonly what = input.required<string>();
  readonly hidden = output<void>();

  protected readonly open = signal(false);
  protected readonly form = new FormGroup({
    reason: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, zodValidator(hideItemRequestSchema.shape.reason)],
    }),
  });

  protected cancel(): void {
    this.open.set(false);
    this.form.reset();
  }

  protected async hide(): Promise<void> {
    const { reason } = this.form.getRawValue();
    const request = {
      itemType: this.itemType(),
      itemId: this.itemId(),
      reason,
    };
    const done = await this.action.run(
      async () => {
        await firstValueFrom(this.api.hide(this.teamId(), request), { defaultValue: undefined });
        return true;
      },
      { form: this.form },
    );
    if (done) {
      this.cancel();
      this.hidden.emit();
    }
  }
}
