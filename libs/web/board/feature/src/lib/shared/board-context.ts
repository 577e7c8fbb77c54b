import { computed, inject } from '@angular/core';
import type { Locale } from '@leerruimte/shared-contracts';
import { SessionStore } from '@leerruimte/web-identity-data-access';
import { LocaleService } from '@leerruimte/web-shared-i18n';

/** Who is looking at the board: their id, and whether they lead this team. */
export function injectViewer(teamId: () => string) {
  const session = inject(SessionStore);
  return {
    userId: computed(() => session.user()?.id ?? null),
    teamName: computed(() => session.user()?.teams.find((team) => team.id === teamId())?.name),
    isLead: computed(
      () => session.user()?.teams.find((team) => team.id === teamId())?.role === 'team_lead',
    ),
  };
}

const localeTags: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

/** Dates and numbers as people in the team read them; dates in Amsterdam time. */
export function injectDates() {
  const locale = inject(LocaleService).locale;
  return {
    /** A calendar date ("2026-11-20") or a moment ("…T10:00:00Z") as a date. */
    date: (value: string) =>
      new Date(value.length === 10 ? `${value}T12:00:00Z` : value).toLocaleDateString(
        localeTags[locale()],
        { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' },
      ),
    short: (value: string) =>
      new Date(`${value}T12:00:00Z`).toLocaleDateString(localeTags[locale()], {
        day: 'numeric',
        month: 'short',
        timeZone: 'Europe/Amsterdam',
      }),
    number: (value: number) =>
      value.toLocaleString(localeTags[locale()], { maximumFractionDigits: 2 }),
  };
}

/** Today in Amsterdam, as the default date of an observation or a measurement. */
export function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
}
