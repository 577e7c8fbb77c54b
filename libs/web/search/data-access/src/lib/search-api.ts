import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { SearchKind, SearchResponse } from '@leerruimte/shared-contracts';

/** The one search over what the person may see. */
@Injectable({ providedIn: 'root' })
export class SearchApi {
  private readonly http = inject(HttpClient);

  search(q: string, kind?: SearchKind): Observable<SearchResponse> {
    return this.http.get<SearchResponse>('/api/search', { params: kind ? { q, kind } : { q } });
  }
}
