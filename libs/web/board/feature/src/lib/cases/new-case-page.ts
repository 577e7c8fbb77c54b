import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import type { CaseDetail } from '@leerruimte/shared-contracts';
import { injectTexts } from '@leerruimte/web-shared-i18n';
import { appPaths, link } from '@leerruimte/web-shared-util';
import { boardTexts } from '../board.texts';
import { CaseForm } from './case-form';
import { caseTexts } from './cases.texts';

/** Bringing in a new case from practice. */
@Component({
  selector: 'lr-new-case-page',
  imports: [CaseForm, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav class="breadcrumb" [attr.aria-label]="common().breadcrumb">
      <ol>
        <li>
          <a [routerLink]="boardLink()">{{ common().board }}</a>
        </li>
        <li>
          <a [routerLink]="casesLink()">{{ common().cases }}</a>
        </li>
        <li aria-current="page">{{ t().newTitle }}</li>
      </ol>
    </nav>
    <section class="panel" aria-labelledby="new-case-title">
      <h1 id="new-case-title">{{ t().newTitle }}</h1>
      <p>{{ t().newIntro }}</p>
      <lr-case-form [teamId]="teamId()" (saved)="open($event)" />
    </section>
  `,
  styleUrl: '../board-pages.scss',
})
export class NewCasePage {
  private readonly router = inject(Router);
  protected readonly t = injectTexts(caseTexts);
  protected readonly common = injectTexts(boardTexts);

  readonly teamId = input.required<string>();

  protected readonly boardLink = computed(() =>
    link(appPaths.teamBoard, { teamId: this.teamId() }),
  );
  protected readonly casesLink = computed(() => link(appPaths.cases, { teamId: this.teamId() }));

  protected async open(saved: CaseDetail): Promise<void> {
    await this.router.navigateByUrl(
      link(appPaths.case, { teamId: this.teamId(), caseId: saved.id }),
    );
  }
}
