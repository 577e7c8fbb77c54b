import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { Today } from '@leerruimte/shared-contracts';

/** "Vandaag": everything of the home page in one request. */
@Injectable({ providedIn: 'root' })
export class TodayApi {
  private readonly http = inject(HttpClient);

  today(): Observable<Today> {
    return this.http.get<Today>('/api/today');
  }
}
