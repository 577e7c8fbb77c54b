import { computed, inject } from '@angular/core';
import { SessionStore } from '@leerruimte/web-identity-data-access';

/** Who is looking at the board: their id, and whether they lead this team. */
export function injectViewer(teamId: () => string) {
  const session = inject(SessionStore);
  return {
    userId: computed(() => session.user()?.id ?? null),
    teamName: computed(() => session.user()?.teams.find((team) => team.id === teamId())?.name),
    isLead: computed(() => session.leads(teamId())),
  };
}
