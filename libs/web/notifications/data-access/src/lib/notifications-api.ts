import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type {
  NotificationKind,
  NotificationList,
  NotificationPreferences,
  UnsubscribeResult,
  UpdateNotificationPreferencesRequest,
} from '@leerruimte/shared-contracts';

/** The notification centre's history, mail preferences, and the unsubscribe from a mail. */
@Injectable({ providedIn: 'root' })
export class NotificationsApi {
  private readonly http = inject(HttpClient);

  list(filter: { kind?: NotificationKind; before?: string }): Observable<NotificationList> {
    return this.http.get<NotificationList>('/api/me/notifications', {
      params: { ...filter, limit: 30 },
    });
  }

  markRead(ids?: string[]): Observable<void> {
    return this.http.post<void>('/api/me/notifications/read', ids ? { ids } : {});
  }

  preferences(): Observable<NotificationPreferences> {
    return this.http.get<NotificationPreferences>('/api/me/notifications/preferences');
  }

  changePreferences(
    request: UpdateNotificationPreferencesRequest,
  ): Observable<NotificationPreferences> {
    return this.http.put<NotificationPreferences>('/api/me/notifications/preferences', request);
  }

  /** The page behind a mail's unsubscribe link; works without a login. */
  unsubscribe(token: string, kind: string): Observable<UnsubscribeResult> {
    return this.http.post<UnsubscribeResult>(
      '/api/notifications/unsubscribe',
      {},
      {
        params: { token, kind },
      },
    );
  }
}
