import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  effect,
  inject,
  viewChild,
} from '@angular/core';
import { MatMenuModule, MatMenuTrigger } from '@angular/material/menu';
import { NavigationEnd, Router, RouterLink } from '@angular/router';
import { filter } from 'rxjs';
import {
  type NotificationContent,
  notificationPath,
  notificationText,
} from '@leerruimte/shared-contracts';
import { SessionStore } from '@leerruimte/web-identity-data-access';
import { NotificationsStore } from '@leerruimte/web-notifications-data-access';
import { LocaleService, formatWhen, injectTexts } from '@leerruimte/web-shared-i18n';
import { appPaths, link } from '@leerruimte/web-shared-util';
import { BellIcon } from './bell-icon';
import { openWhenPressedEarly } from './deferred-menus';
import { shellTexts } from './shell.texts';

/**
 * The bell in the header: unread count, the latest few notifications with their time, each
 * linking to its subject, and the way to all of them. New ones arrive live over server-sent
 * events.
 */
@Component({
  selector: 'lr-notification-menu',
  imports: [BellIcon, MatMenuModule, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      type="button"
      class="lr-button notifications"
      [matMenuTriggerFor]="menu"
      [attr.aria-label]="t().notificationsLabel(store.list().unread)"
      data-testid="notifications"
    >
      <!-- A name from the first moment: the label is bound a frame after the block appears. -->
      <span class="lr-visually-hidden">Meldingen</span>
      <lr-bell-icon />
      @if (store.list().unread > 0) {
        <span class="badge" aria-hidden="true">{{ store.list().unread }}</span>
      }
    </button>
    <mat-menu #menu="matMenu" class="notification-panel" xPosition="before">
      @for (notification of store.list().notifications; track notification.id) {
        <a
          mat-menu-item
          [routerLink]="linkOf(notification.content)"
          [class.unread]="notification.readAt === null"
          (click)="read(notification.id, notification.readAt)"
        >
          <span class="notification-text">
            @if (notification.readAt === null) {
              <span class="lr-visually-hidden">{{ t().unread }}: </span>
            }
            {{ textOf(notification.content) }}
            <span class="when">{{ when(notification.updatedAt) }}</span>
          </span>
        </a>
      } @empty {
        <p class="empty" mat-menu-item disabled>{{ t().noNotifications }}</p>
      }
      @if (store.list().unread > 0) {
        <button mat-menu-item type="button" class="all-read" (click)="readAll()">
          {{ t().markAllRead }}
        </button>
      }
      <a mat-menu-item class="to-centre" [routerLink]="centreLink">{{ t().allNotifications }}</a>
    </mat-menu>
  `,
  styleUrl: './notification-button.scss',
})
export class NotificationMenu {
  protected readonly store = inject(NotificationsStore);
  private readonly session = inject(SessionStore);
  private readonly locale = inject(LocaleService).locale;
  protected readonly t = injectTexts(shellTexts);
  protected readonly centreLink = link(appPaths.notifications);
  private readonly trigger = viewChild(MatMenuTrigger);

  constructor() {
    openWhenPressedEarly('notifications', this.trigger);
    // A page opened may have been what a notification was about.
    const navigation = inject(Router)
      .events.pipe(filter((event) => event instanceof NavigationEnd))
      .subscribe(() => {
        if (this.session.loggedIn()) void this.store.refresh();
      });
    inject(DestroyRef).onDestroy(() => navigation.unsubscribe());
    effect((onCleanup) => {
      if (!this.session.loggedIn()) {
        this.store.clear();
        return;
      }
      onCleanup(this.store.follow());
    });
  }

  /** Following one marks it read; opening the bell does not, so news is not lost unseen. */
  protected read(id: string, readAt: string | null): void {
    if (readAt === null) void this.store.markRead([id]);
  }

  protected readAll(): void {
    void this.store.markRead();
  }

  protected when(updatedAt: string): string {
    return formatWhen(updatedAt, new Date(), this.locale());
  }

  protected linkOf(content: NotificationContent): string {
    return notificationPath(content);
  }

  protected textOf(content: NotificationContent): string {
    return notificationText(content, this.locale());
  }
}
