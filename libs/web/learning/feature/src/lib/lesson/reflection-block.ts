import {
  ChangeDetectionStrategy,
  Component,
  type OnInit,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { firstValueFrom } from 'rxjs';
import { type LessonBlock, reflectionAnswerRequestSchema } from '@leerruimte/shared-contracts';
import { LearningApi } from '@leerruimte/web-learning-data-access';
import { LocaleService, injectTexts } from '@leerruimte/web-shared-i18n';
import { FieldErrors, Notice, formAction, zodValidator } from '@leerruimte/web-shared-ui';
import { learningTexts } from '../learning.texts';

/** A reflection question: the answer is saved to the learner's own journal. */
@Component({
  selector: 'lr-reflection-block',
  imports: [
    FieldErrors,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    Notice,
    ReactiveFormsModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="block reflection" [attr.aria-labelledby]="headingId()">
      <h2 class="block-kind" [id]="headingId()">{{ t().reflection }}</h2>
      <p class="question">{{ block().question }}</p>
      @if (block().hint; as hint) {
        <p class="muted">{{ hint }}</p>
      }
      <form [formGroup]="form" (ngSubmit)="save()" novalidate>
        <mat-form-field appearance="outline">
          <mat-label>{{ t().yourAnswer }}</mat-label>
          <textarea matInput formControlName="answer" rows="4"></textarea>
          <mat-hint>{{ t().private }}</mat-hint>
          <mat-error><lr-field-errors [control]="form.controls.answer" /></mat-error>
        </mat-form-field>
        <div class="actions">
          <button mat-stroked-button type="submit" [disabled]="action.busy()">
            {{ t().saveAnswer }}
          </button>
          <span aria-live="polite" class="muted">
            @if (savedAt(); as time) {
              {{ t().saved(time) }}
            }
          </span>
        </div>
        @if (action.problem(); as problem) {
          <lr-notice tone="danger">{{ problem }}</lr-notice>
        }
      </form>
    </section>
  `,
  styleUrl: './blocks.scss',
})
export class ReflectionBlock implements OnInit {
  private readonly api = inject(LearningApi);
  private readonly locale = inject(LocaleService).locale;
  protected readonly t = injectTexts(learningTexts);
  protected readonly action = formAction();

  readonly block = input.required<Extract<LessonBlock, { kind: 'reflection' }>>();
  readonly moduleSlug = input.required<string>();
  readonly lessonSlug = input.required<string>();
  readonly saved = input<{ answer: string; updatedAt: string }>();

  protected readonly headingId = computed(() => `reflection-${this.block().id}`);
  protected readonly form = new FormGroup({
    answer: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, zodValidator(reflectionAnswerRequestSchema.shape.answer)],
    }),
  });
  private readonly updatedAt = signal<string | null>(null);
  protected readonly savedAt = computed(() => {
    const iso = this.updatedAt() ?? this.saved()?.updatedAt;
    return iso
      ? new Date(iso).toLocaleTimeString(this.locale() === 'nl' ? 'nl-NL' : 'en-GB', {
          hour: '2-digit',
          minute: '2-digit',
        })
      : null;
  });

  ngOnInit(): void {
    this.form.setValue({ answer: this.saved()?.answer ?? '' });
  }

  protected async save(): Promise<void> {
    const saved = await this.action.run(
      () =>
        firstValueFrom(
          this.api.answerReflection(
            this.moduleSlug(),
            this.lessonSlug(),
            this.block().id,
            this.form.getRawValue().answer,
          ),
        ),
      { form: this.form },
    );
    if (saved) {
      this.updatedAt.set(saved.updatedAt);
      this.form.markAsPristine();
    }
  }
}
