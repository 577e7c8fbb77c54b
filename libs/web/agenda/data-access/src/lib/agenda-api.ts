import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { Agenda } from '@leerruimte/shared-contracts';
import { ApiClient } from '@leerruimte/web-shared-api-client';
import { agendaControllerMine } from '@leerruimte/web-shared-api-client/today';

/** The agenda: what is coming for me, by day, in one request. */
@Injectable({ providedIn: 'root' })
export class AgendaApi {
  private readonly api = inject(ApiClient);

  agenda(days: number): Observable<Agenda> {
    return this.api.invoke(agendaControllerMine, { days });
  }
}
