import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { BoardApi } from '@leerruimte/web-board-data-access';
import { injectDateFormat, injectTexts } from '@leerruimte/web-shared-i18n';
import { Breadcrumb, LoadState } from '@leerruimte/web-shared-ui';
import { appPaths, link } from '@leerruimte/web-shared-util';
import { boardTexts } from '../board.texts';
import { caseTexts } from './cases.texts';

/** The team's cases from practice, newest first. */
@Component({
  selector: 'lr-cases-page',
  imports: [Breadcrumb, LoadState, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <lr-breadcrumb
      [trail]="[{ label: common().board, link: boardLink() }]"
      [current]="common().cases"
    />
    <section class="panel" aria-labelledby="cases-title">
      <h1 id="cases-title">{{ t().listTitle }}</h1>
      <p>{{ t().listIntro }}</p>
      <p>
        <a class="lr-button lr-button-filled" [routerLink]="newLink()">{{ t().newCase }}</a>
      </p>
    </section>
    @if (cases.hasValue()) {
      <ul class="item-list">
        @for (item of cases.value(); track item.id) {
          <li class="item">
            @if (item.hidden; as hidden) {
              <p class="hidden-item">{{ common().hiddenBy(hidden.reason) }}</p>
            } @else {
              <h2>
                <a class="user-text" [routerLink]="caseLink(item.id)">{{ item.title }}</a>
              </h2>
              <ul class="meta">
                @if (item.theme) {
                  <li class="chip">{{ common().themes[item.theme] }}</li>
                }
                <li>{{ common().by(common().author(item.author), dates.date(item.createdAt)) }}</li>
                <li>
                  {{ t().counts(item.questionCount, item.experimentCount, item.discussionCount) }}
                </li>
              </ul>
            }
          </li>
        } @empty {
          <li class="panel">
            <p>{{ t().none }}</p>
            <a class="lr-button lr-button-outlined" [routerLink]="newLink()">{{ t().newCase }}</a>
          </li>
        }
      </ul>
    }
    <lr-load-state [resource]="cases" />
  `,
  styleUrl: '../board-pages.scss',
})
export class CasesPage {
  private readonly api = inject(BoardApi);
  protected readonly t = injectTexts(caseTexts);
  protected readonly common = injectTexts(boardTexts);
  protected readonly dates = injectDateFormat();

  readonly teamId = input.required<string>();

  protected readonly cases = rxResource({
    params: () => this.teamId(),
    stream: ({ params }) => this.api.cases(params),
  });
  protected readonly boardLink = computed(() =>
    link(appPaths.teamBoard, { teamId: this.teamId() }),
  );
  protected readonly newLink = computed(() => link(appPaths.newCase, { teamId: this.teamId() }));

  protected caseLink(caseId: string): string {
    return link(appPaths.case, { teamId: this.teamId(), caseId });
  }
}
