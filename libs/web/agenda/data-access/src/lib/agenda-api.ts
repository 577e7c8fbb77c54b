import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { Agenda } from '@leerruimte/shared-contracts';

/** The agenda: what is coming for me, by day, in one request. */
@Injectable({ providedIn: 'root' })
export class AgendaApi {
  private readonly http = inject(HttpClient);

  agenda(days: number): Observable<Agenda> {
    return this.http.get<Agenda>('/api/agenda', { params: { days } });
  }
}
