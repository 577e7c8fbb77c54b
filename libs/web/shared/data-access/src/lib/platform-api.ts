import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { PlatformStatus } from '@leerruimte/shared-contracts';

@Injectable({ providedIn: 'root' })
export class PlatformApi {
  private readonly http = inject(HttpClient);

  status(): Observable<PlatformStatus> {
    return this.http.get<PlatformStatus>('/api/platform/status');
  }
}
