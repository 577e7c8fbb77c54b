import { HttpClient } from '@angular/common/http';
import { Injectable, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { NotificationList } from '@leerruimte/shared-contracts';

/** The logged-in person's in-app notifications and how many are unread. */
@Injectable({ providedIn: 'root' })
export class NotificationsStore {
  private readonly http = inject(HttpClient);
  private readonly current = signal<NotificationList>({ unread: 0, notifications: [] });

  readonly list = this.current.asReadonly();

  /** Fetches again; a failure keeps what was shown, the next refresh tries again. */
  async refresh(): Promise<void> {
    try {
      this.current.set(
        await firstValueFrom(this.http.get<NotificationList>('/api/me/notifications')),
      );
    } catch {
      return;
    }
  }

  async markAllRead(): Promise<void> {
    if (this.current().unread === 0) return;
    await firstValueFrom(this.http.post<void>('/api/me/notifications/read', {}));
    await this.refresh();
  }

  /** After logging out nothing of the previous person stays on screen. */
  clear(): void {
    this.current.set({ unread: 0, notifications: [] });
  }
}
