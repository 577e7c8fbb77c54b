import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { Today } from '@leerruimte/shared-contracts';
import { ApiClient } from '@leerruimte/web-shared-api-client';
import { todayControllerMine } from '@leerruimte/web-shared-api-client/today';

/** "Vandaag": everything of the home page in one request. */
@Injectable({ providedIn: 'root' })
export class TodayApi {
  private readonly api = inject(ApiClient);

  today(): Observable<Today> {
    return this.api.invoke(todayControllerMine);
  }
}
