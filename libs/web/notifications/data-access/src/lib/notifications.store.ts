import { Injectable, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { NotificationList } from '@leerruimte/shared-contracts';
import { ApiClient } from '@leerruimte/web-shared-api-client';
import {
  notificationsControllerList,
  notificationsControllerMarkRead,
} from '@leerruimte/web-shared-api-client/notifications';

/** How many the bell shows; the notification centre has the rest. */
const LATEST = 5;
/** A fallback for when the live stream is down (a proxy that cuts it, Redis away). */
const REFRESH_MS = 5 * 60_000;
const STREAM_URL = '/api/me/notifications/stream';

const empty: NotificationList = { unread: 0, notifications: [], more: false };

/** The latest few notifications of the logged-in person, and how many are unread: the bell. */
@Injectable({ providedIn: 'root' })
export class NotificationsStore {
  private readonly api = inject(ApiClient);
  private readonly current = signal<NotificationList>(empty);

  readonly list = this.current.asReadonly();

  /** Fetches again; a failure keeps what was shown, the next refresh tries again. */
  async refresh(): Promise<void> {
    try {
      this.current.set(
        await firstValueFrom(this.api.invoke(notificationsControllerList, { limit: LATEST })),
      );
    } catch {
      return;
    }
  }

  /** Marks some read, or all when no ids are given, and shows the new state. */
  async markRead(ids?: string[]): Promise<void> {
    if (this.current().unread === 0) return;
    await firstValueFrom(
      this.api.invoke(notificationsControllerMarkRead, { body: ids ? { ids } : {} }),
    );
    await this.refresh();
  }

  /**
   * Keeps the list current while someone is logged in: the server says over server-sent events
   * when there is news (EventSource reconnects by itself), and a slow timer covers a stream that
   * is down. Returns the way to stop, for when they log out.
   */
  follow(): () => void {
    void this.refresh();
    const refresh = () => void this.refresh();
    const timer = setInterval(refresh, REFRESH_MS);
    const stream = typeof EventSource === 'undefined' ? undefined : new EventSource(STREAM_URL);
    stream?.addEventListener('notifications', refresh);
    return () => {
      clearInterval(timer);
      stream?.close();
    };
  }

  /** After logging out nothing of the previous person stays on screen. */
  clear(): void {
    this.current.set(empty);
  }
}
