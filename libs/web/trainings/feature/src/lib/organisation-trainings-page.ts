import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { injectDateFormat, injectTexts } from '@leerruimte/web-shared-i18n';
import { LoadState } from '@leerruimte/web-shared-ui';
import { appPaths, link } from '@leerruimte/web-shared-util';
import { TrainingsApi } from '@leerruimte/web-trainings-data-access';
import { trainingTexts } from './trainings.texts';

/**
 * An organisation admin's trainings for several teams: each plan with, per team, the places
 * taken per session. The teams' leads run the registers; the admin follows the numbers.
 */
@Component({
  selector: 'lr-organisation-trainings-page',
  imports: [LoadState, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="panel" aria-labelledby="organisation-trainings-title">
      <h1 id="organisation-trainings-title">{{ t().organisationTitle }}</h1>
      <p>{{ t().organisationIntro }}</p>
      <a class="lr-button lr-button-filled" [routerLink]="newLink()">{{ t().planForTeams }}</a>
    </section>

    <lr-load-state [resource]="plans" />
    @if (plans.hasValue()) {
      @for (plan of plans.value(); track plan.planId) {
        <article class="panel" [attr.aria-labelledby]="'plan-' + plan.planId">
          <h2 [id]="'plan-' + plan.planId">{{ plan.title }}</h2>
          <p class="muted">{{ t().plannedOn(dates.date(plan.plannedAt), plan.teams.length) }}</p>
          <ul class="plan-teams">
            @for (team of plan.teams; track team.teamId) {
              <li>
                <h3>{{ team.teamName }}</h3>
                <ul class="facts">
                  @for (session of team.sessions; track $index) {
                    <li>
                      {{ dates.weekdayDate(session.date) }}, {{ session.startTime }}:
                      @if (session.calledOff) {
                        {{ t().calledOff }}
                      } @else {
                        {{ t().places(session.booked, session.capacity) }}
                        @if (session.waiting > 0) {
                          · {{ t().waitingCount(session.waiting) }}
                        }
                      }
                    </li>
                  }
                </ul>
              </li>
            }
          </ul>
        </article>
      } @empty {
        <section class="panel">
          <p>{{ t().noOrganisationTrainings }}</p>
        </section>
      }
    }
  `,
  styleUrl: './trainings-pages.scss',
})
export class OrganisationTrainingsPage {
  private readonly api = inject(TrainingsApi);
  protected readonly t = injectTexts(trainingTexts);
  protected readonly dates = injectDateFormat();

  readonly organisationId = input.required<string>();

  protected readonly plans = rxResource({
    params: () => this.organisationId(),
    stream: ({ params: organisationId }) => this.api.organisationTrainings(organisationId),
  });
  protected readonly newLink = computed(() =>
    link(appPaths.newOrganisationTraining, { organisationId: this.organisationId() }),
  );
}
