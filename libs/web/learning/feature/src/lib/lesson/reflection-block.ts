import {
  ChangeDetectionStrategy,
  Component,
  type OnInit,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { firstValueFrom } from 'rxjs';
import { type LessonBlock, answerMaxLength } from '@leerruimte/shared-contracts';
import { LearningApi } from '@leerruimte/web-learning-data-access';
import { injectDateFormat, injectTexts } from '@leerruimte/web-shared-i18n';
import {
  ClientDataGuard,
  Draft,
  FieldErrors,
  filledIn,
  invalidOnceTouched,
  formAction,
  FormBehaviour,
  FormProblem,
  guardedText,
  PrivacyFindings,
} from '@leerruimte/web-shared-ui';
import { learningTexts } from '../learning.texts';

/**
 * A reflection question: the answer is saved to the learner's own journal. The privacy guard
 * highlights what could identify a client while they type; saving it needs their confirmation.
 */
@Component({
  selector: 'lr-reflection-block',
  imports: [Draft, FieldErrors, FormBehaviour, FormProblem, PrivacyFindings, ReactiveFormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="block reflection" [attr.aria-labelledby]="headingId()">
      <h2 class="block-kind" [id]="headingId()">{{ t().reflection }}</h2>
      <p class="question">{{ block().question }}</p>
      @if (block().hint; as hint) {
        <p class="muted">{{ hint }}</p>
      }
      <form
        [formGroup]="form"
        [lrDraft]="'journal:' + moduleSlug() + '/' + lessonSlug() + '/' + block().id"
        (ngSubmit)="save()"
        novalidate
      >
        <!-- A native field: a lesson builds its exercises just after its text, on a phone too. -->
        <div class="lr-native-field answer">
          <label [for]="fieldId('answer')">{{ t().yourAnswer }}</label>
          <textarea
            class="lr-native-input"
            formControlName="answer"
            rows="4"
            [id]="fieldId('answer')"
            [attr.aria-describedby]="fieldId('hint') + ' ' + fieldId('error')"
            [attr.aria-invalid]="answerInvalid()"
          ></textarea>
          <p class="lr-native-hint" [id]="fieldId('hint')">{{ t().private }}</p>
          <p class="lr-native-error" [id]="fieldId('error')">
            <lr-field-errors [control]="form.controls.answer" />
          </p>
        </div>
        @if (findings().length > 0) {
          <p class="highlighted" [attr.aria-label]="t().privacyHighlighted">
            @for (part of highlighted(); track $index) {
              @if (part.found) {
                <mark>{{ part.text }}</mark>
              } @else {
                {{ part.text }}
              }
            }
          </p>
        }
        <lr-privacy-findings [text]="answer()" [confirmed]="form.controls.confirmedNotClientData" />
        <div class="actions">
          <button class="lr-button lr-button-outlined" type="submit" [disabled]="action.busy()">
            {{ t().saveAnswer }}
          </button>
          <span aria-live="polite" class="muted">
            @if (savedAt(); as time) {
              {{ t().saved(time) }}
            }
          </span>
        </div>
        <lr-form-problem [action]="action" />
      </form>
    </section>
  `,
  styleUrl: './blocks.scss',
})
export class ReflectionBlock implements OnInit {
  private readonly api = inject(LearningApi);
  private readonly dates = injectDateFormat();
  protected readonly t = injectTexts(learningTexts);
  protected readonly action = formAction();

  readonly block = input.required<Extract<LessonBlock, { kind: 'reflection' }>>();
  readonly moduleSlug = input.required<string>();
  readonly lessonSlug = input.required<string>();
  readonly saved = input<{ answer: string; updatedAt: string }>();

  protected readonly headingId = computed(() => `reflection-${this.block().id}`);
  protected fieldId(part: 'answer' | 'hint' | 'error'): string {
    return `reflection-${this.block().id}-${part}`;
  }
  protected readonly form = new FormGroup({
    answer: new FormControl('', {
      nonNullable: true,
      validators: [filledIn(answerMaxLength)],
    }),
    confirmedNotClientData: new FormControl(false, { nonNullable: true }),
  });
  protected readonly answer = guardedText(this.form, ['answer']);
  /** Shown as the field's error once it is touched (or the form submitted), as Material does. */
  protected readonly answerInvalid = invalidOnceTouched(this.form.controls.answer);
  private readonly guard = inject(ClientDataGuard);
  /** The privacy guard, as the author types: what could identify a client (as the list below). */
  protected readonly findings = computed(() => this.guard.find(this.answer()));
  protected readonly highlighted = computed(() => {
    const text = this.answer();
    const parts: Array<{ text: string; found: boolean }> = [];
    let at = 0;
    for (const finding of this.findings()) {
      parts.push({ text: text.slice(at, finding.start), found: false });
      parts.push({ text: finding.fragment, found: true });
      at = finding.end;
    }
    parts.push({ text: text.slice(at), found: false });
    return parts.filter((part) => part.text !== '');
  });
  private readonly updatedAt = signal<string | null>(null);
  protected readonly savedAt = computed(() => {
    const iso = this.updatedAt() ?? this.saved()?.updatedAt;
    return iso ? this.dates.time(iso) : null;
  });

  ngOnInit(): void {
    this.form.setValue({ answer: this.saved()?.answer ?? '', confirmedNotClientData: false });
  }

  protected async save(): Promise<void> {
    const { answer, confirmedNotClientData } = this.form.getRawValue();
    const saved = await this.action.run(
      () =>
        firstValueFrom(
          this.api.answerReflection(this.moduleSlug(), this.lessonSlug(), this.block().id, {
            answer,
            ...(confirmedNotClientData && { confirmedNotClientData }),
          }),
        ),
      { form: this.form },
    );
    if (saved) {
      this.updatedAt.set(saved.updatedAt);
      this.form.markAsPristine();
    }
  }
}
