import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { Today } from '@leerruimte/shared-contracts';
import { ApiClient, todayControllerMine } from '@leerruimte/web-shared-api-client';

/** "Vandaag": everything of the home page in one request. */
@Injectable({ providedIn: 'root' })
export class TodayApi {
  private readonly api = inject(ApiClient);

  today(): Observable<Today> {
    return this.api.invoke(todayControllerMine);
  }
}
