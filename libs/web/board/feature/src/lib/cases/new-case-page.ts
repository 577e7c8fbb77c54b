import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { Router } from '@angular/router';
import type { CaseDetail } from '@leerruimte/shared-contracts';
import { injectTexts } from '@leerruimte/web-shared-i18n';
import { appPaths, link } from '@leerruimte/web-shared-util';
import { Breadcrumb } from '@leerruimte/web-shared-ui';
import { boardTexts } from '../board.texts';
import { CaseForm } from './case-form';
import { caseTexts } from './cases.texts';

/** Bringing in a new case from practice. */
@Component({
  selector: 'lr-new-case-page',
  imports: [Breadcrumb, CaseForm],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <lr-breadcrumb
      [trail]="[
        { label: common().board, link: boardLink() },
        { label: common().cases, link: casesLink() },
      ]"
      [current]="t().newTitle"
    />
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
