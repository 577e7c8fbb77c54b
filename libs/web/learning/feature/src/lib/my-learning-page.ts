import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { type ModuleSummary, accreditationRegisterNames } from '@leerruimte/shared-contracts';
import {
  LearningApi,
  certificatePdfUrl,
  leerverslagUrl,
  portfolioPdfUrl,
} from '@leerruimte/web-learning-data-access';
import { injectDateFormat, injectTexts } from '@leerruimte/web-shared-i18n';
import {
  DateField,
  LoadState,
  Notice,
  dateControl,
  fromIsoDate,
  isoToday,
  toIsoDate,
} from '@leerruimte/web-shared-ui';
import { appPaths, link } from '@leerruimte/web-shared-util';
import { certificateTexts } from './certificates/certificates.texts';
import { learningTexts } from './learning.texts';
import { WerkbegeleidingSection } from './werkbegeleiding-section';

/**
 * "Mijn leren": what the team asked, what you are working on (continue where you were), what you
 * completed, and your portfolio: the PDF overview and your journal.
 */
@Component({
  selector: 'lr-my-learning-page',
  imports: [DateField, LoadState, Notice, ReactiveFormsModule, RouterLink, WerkbegeleidingSection],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="panel" aria-labelledby="my-learning-title">
      <h1 id="my-learning-title">{{ t().myLearningTitle }}</h1>
      @if (mine.hasValue()) {
        <p data-testid="minutes-learned">{{ t().minutesLearned(mine.value().minutesLearned) }}</p>
      }
    </section>
    @if (mine.hasValue()) {
      @let learning = mine.value();
      @if (learning.assigned.length > 0) {
        <section class="panel" aria-labelledby="assigned-title">
          <h2 id="assigned-title">{{ t().assignedTitle }}</h2>
          <ul class="plain-list">
            @for (assignment of learning.assigned; track assignment.id) {
              <li>
                <a [routerLink]="moduleLink(assignment.module.slug)">{{
                  assignment.module.title
                }}</a>
                <span class="muted">
                  · {{ assignment.teamName }}
                  @if (assignment.dueDate; as due) {
                    · {{ t().dueBy(date(due)) }}
                  }
                  · {{ t().status[assignment.module.progress.status] }}
                </span>
              </li>
            }
          </ul>
        </section>
      }
      <section class="panel" aria-labelledby="in-progress-title">
        <h2 id="in-progress-title">{{ t().inProgress }}</h2>
        <ul class="module-list">
          @for (module of learning.inProgress; track module.slug) {
            <li class="module">
              <h3>
                <a [routerLink]="moduleLink(module.slug)">{{ module.title }}</a>
              </h3>
              <progress
                [value]="module.progress.completedLessons"
                [max]="module.lessonCount"
                aria-hidden="true"
              ></progress>
              <p class="muted">
                {{ t().progressLabel(module.progress.completedLessons, module.lessonCount) }}
              </p>
              <a class="lr-button lr-button-filled" [routerLink]="continueLink(module)">{{
                t().continue
              }}</a>
            </li>
          } @empty {
            <li>
              <p>{{ t().nothingInProgress }}</p>
              <a class="lr-button lr-button-outlined" [routerLink]="catalogueLink">{{
                t().toCatalogue
              }}</a>
            </li>
          }
        </ul>
      </section>
      <section class="panel" aria-labelledby="finished-title">
        <h2 id="finished-title">{{ t().finished }}</h2>
        <ul>
          @for (module of learning.completed; track module.slug) {
            <li>
              <a [routerLink]="moduleLink(module.slug)">{{ module.title }}</a>
              <span class="muted">
                · {{ t().studyLoad(module.studyLoadMinutes) }} ·
                {{ t().finishedOn(date(module.progress.completedAt)) }}</span
              >
            </li>
          } @empty {
            <li>{{ t().nothingFinished }}</li>
          }
        </ul>
      </section>
      <section class="panel" aria-labelledby="certificates-title" data-testid="certificates">
        <h2 id="certificates-title">{{ c().certificatesTitle }}</h2>
        <p>{{ c().certificatesIntro }}</p>
        @if (certificates.hasValue()) {
          <ul class="certificate-list">
            @for (certificate of certificates.value(); track certificate.id) {
              <li class="certificate">
                <h3>{{ certificate.module.title }}</h3>
                <p class="muted">
                  {{ c().completedOn(date(certificate.completedAt)) }} ·
                  {{ c().studyLoad(certificate.studyLoadMinutes) }} ·
                  {{ c().status[certificate.status] }}
                </p>
                @if (certificate.accreditation; as accreditation) {
                  <p>
                    {{
                      c().accredited(
                        registerNames[accreditation.register],
                        accreditation.number,
                        accreditation.points
                      )
                    }}
                  </p>
                }
                <p class="actions">
                  @if (certificate.pdfReady) {
                    <a
                      class="lr-button lr-button-filled"
                      [href]="certificatePdfUrl(certificate.id)"
                      download
                      data-testid="certificate-pdf"
                      >{{ c().download }}</a
                    >
                  } @else {
                    <span class="muted">{{ c().beingMade }}</span>
                  }
                  <a
                    class="lr-button lr-button-outlined"
                    [href]="certificate.verificationUrl"
                    data-testid="verify-link"
                    >{{ c().checkLink }}</a
                  >
                </p>
              </li>
            } @empty {
              <li>{{ c().noCertificates }}</li>
            }
          </ul>
        } @else if (certificates.error()) {
          <lr-notice tone="danger">{{ t().loadFailed }}</lr-notice>
        }
      </section>
      <section class="panel" aria-labelledby="leerverslag-title" data-testid="leerverslag">
        <h2 id="leerverslag-title">{{ c().leerverslagTitle }}</h2>
        <p>{{ c().leerverslagIntro }}</p>
        <form class="form" [formGroup]="period" novalidate (submit)="$event.preventDefault()">
          <lr-date-field [control]="period.controls.from" [label]="c().from" />
          <lr-date-field [control]="period.controls.to" [label]="c().to" />
          @if (periodProblem()) {
            <lr-notice tone="warning">{{ c().periodProblem }}</lr-notice>
          }
          <div class="actions">
            <button
              class="lr-button lr-button-outlined"
              type="button"
              (click)="download('pdf')"
              data-testid="leerverslag-pdf"
            >
              {{ c().downloadPdf }}
            </button>
            <button
              class="lr-button lr-button-outlined"
              type="button"
              (click)="download('csv')"
              data-testid="leerverslag-csv"
            >
              {{ c().downloadCsv }}
            </button>
          </div>
        </form>
      </section>
      <section class="panel" aria-labelledby="werkbegeleiding-title" data-testid="werkbegeleiding">
        <!-- Its form (Angular forms, Material fields) is built after the page. -->
        @defer (on idle) {
          <lr-werkbegeleiding-section />
        } @placeholder {
          <h2>{{ t().werkbegeleidingTitle }}</h2>
        }
      </section>
      <section class="panel" aria-labelledby="portfolio-title">
        <h2 id="portfolio-title">{{ t().portfolioTitle }}</h2>
        <p>{{ t().portfolioIntro }}</p>
        <p>
          <a
            class="lr-button lr-button-outlined"
            [href]="portfolioPdfUrl"
            download
            data-testid="portfolio-pdf"
            >{{ t().downloadOverview }}</a
          >
        </p>
        <h3>{{ t().journalTitle }}</h3>
        <p class="muted">{{ t().private }}</p>
        @if (portfolio.hasValue()) {
          @for (entry of portfolio.value().journal; track $index) {
            <article class="journal-entry">
              <p class="muted">
                {{ entry.module.title }} · {{ entry.lesson.title }} · {{ date(entry.updatedAt) }}
              </p>
              <p class="question">{{ entry.question }}</p>
              <p class="answer">{{ entry.answer }}</p>
            </article>
          } @empty {
            <p>{{ t().journalEmpty }}</p>
          }
        } @else if (portfolio.error()) {
          <lr-notice tone="danger">{{ t().loadFailed }}</lr-notice>
        }
      </section>
    }
    <lr-load-state [resource]="mine" />
  `,
  styleUrls: ['./learning-pages.scss', './certificates/certificates.scss'],
})
export class MyLearningPage {
  private readonly api = inject(LearningApi);
  private readonly dates = injectDateFormat();
  protected readonly t = injectTexts(learningTexts);
  protected readonly catalogueLink = link(appPaths.catalogue);
  protected readonly mine = rxResource({ stream: () => this.api.myLearning() });
  protected readonly portfolio = rxResource({ stream: () => this.api.portfolio() });
  protected readonly certificates = rxResource({ stream: () => this.api.certificates() });
  protected readonly c = injectTexts(certificateTexts);
  protected readonly certificatePdfUrl = certificatePdfUrl;
  protected readonly registerNames = accreditationRegisterNames;
  protected readonly portfolioPdfUrl = portfolioPdfUrl;

  /** The last year, up to today: what a register usually asks about first. */
  protected readonly period = new FormGroup({
    from: dateControl(fromIsoDate(isoToday())?.minus({ years: 1 }).toISODate(), [
      Validators.required,
    ]),
    to: dateControl(isoToday(), [Validators.required]),
  });
  protected readonly periodProblem = signal(false);

  /** A plain download, so the browser saves the file itself; checked here first. */
  protected download(format: 'pdf' | 'csv'): void {
    this.period.markAllAsTouched();
    const from = toIsoDate(this.period.controls.from.value);
    const to = toIsoDate(this.period.controls.to.value);
    this.periodProblem.set(!from || !to || from > to);
    if (!from || !to || from > to) return;
    const anchor = document.createElement('a');
    anchor.href = leerverslagUrl(from, to, format);
    anchor.download = '';
    anchor.click();
  }

  protected moduleLink(slug: string): string {
    return link(appPaths.module, { moduleSlug: slug });
  }

  protected continueLink(module: ModuleSummary): string {
    return module.progress.lastLessonSlug
      ? link(appPaths.lesson, {
          moduleSlug: module.slug,
          lessonSlug: module.progress.lastLessonSlug,
        })
      : this.moduleLink(module.slug);
  }

  protected date(iso: string | null): string {
    return iso ? this.dates.date(iso) : '';
  }
}
