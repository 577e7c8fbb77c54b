import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { SearchKind, SearchResponse } from '@leerruimte/shared-contracts';
import { ApiClient } from '@leerruimte/web-shared-api-client';
import { searchControllerFind } from '@leerruimte/web-shared-api-client/search';

/** The one search over what the person may see. */
@Injectable({ providedIn: 'root' })
export class SearchApi {
  private readonly api = inject(ApiClient);

  search(q: string, kind?: SearchKind): Observable<SearchResponse> {
    return this.api.invoke(searchControllerFind, { q, kind });
  }
}
