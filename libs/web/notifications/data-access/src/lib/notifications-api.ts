import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type {
  NotificationKind,
  NotificationList,
  NotificationPreferences,
  UnsubscribeQuery,
  UnsubscribeResult,
  UpdateNotificationPreferencesRequest,
} from '@leerruimte/shared-contracts';
import { ApiClient } from '@leerruimte/web-shared-api-client';
import {
  notificationsControllerChangePreferences,
  notificationsControllerList,
  notificationsControllerMarkRead,
  notificationsControllerPreferencesOf,
  unsubscribeControllerUnsubscribe,
} from '@leerruimte/web-shared-api-client/notifications';

/** The notification centre's history, mail preferences, and the unsubscribe from a mail. */
@Injectable({ providedIn: 'root' })
export class NotificationsApi {
  private readonly api = inject(ApiClient);

  list(filter: { kind?: NotificationKind; before?: string }): Observable<NotificationList> {
    return this.api.invoke(notificationsControllerList, { ...filter, limit: 30 });
  }

  markRead(ids?: string[]): Observable<void> {
    return this.api.invoke(notificationsControllerMarkRead, { body: ids ? { ids } : {} });
  }

  preferences(): Observable<NotificationPreferences> {
    return this.api.invoke(notificationsControllerPreferencesOf);
  }

  changePreferences(
    request: UpdateNotificationPreferencesRequest,
  ): Observable<NotificationPreferences> {
    return this.api.invoke(notificationsControllerChangePreferences, { body: request });
  }

  /** The page behind a mail's unsubscribe link; works without a login. */
  unsubscribe(token: string, kind: UnsubscribeQuery['kind']): Observable<UnsubscribeResult> {
    return this.api.invoke(unsubscribeControllerUnsubscribe, { token, kind });
  }
}
