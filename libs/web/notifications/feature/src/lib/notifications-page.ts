import { ViewportScroller } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  signal,
} from '@angular/core';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import {
  type NotificationKind,
  type NotificationView,
  notificationKindNames,
  notificationKinds,
  notificationPath,
  notificationText,
} from '@leerruimte/shared-contracts';
import { NotificationsApi, NotificationsStore } from '@leerruimte/web-notifications-data-access';
import {
  LocaleService,
  amsterdamDayNumber,
  formatDateTime,
  injectTexts,
} from '@leerruimte/web-shared-i18n';
import { Notice, StatusIndicator } from '@leerruimte/web-shared-ui';
import { MailPreferences } from './mail-preferences';
import { notificationsTexts } from './notifications.texts';

interface Day {
  key: number;
  label: string;
  items: NotificationView[];
}

/**
 * The notification centre: the history grouped by day with times, read and unread, one kind
 * or all, marked read one by one or all at once, older ones on request.
 */
@Component({
  selector: 'lr-notifications-page',
  imports: [MailPreferences, Notice, RouterLink, StatusIndicator],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './notifications-page.html',
  styleUrl: './notifications-page.scss',
})
export class NotificationsPage {
  private readonly api = inject(NotificationsApi);
  private readonly bell = inject(NotificationsStore);
  private readonly locale = inject(LocaleService).locale;
  private readonly route = inject(ActivatedRoute);
  private readonly scroller = inject(ViewportScroller);
  private readonly injector = inject(Injector);
  private firstLoad = true;
  protected readonly t = injectTexts(notificationsTexts);
  protected readonly kinds = notificationKinds;

  protected readonly kind = signal<NotificationKind | undefined>(undefined);
  protected readonly items = signal<NotificationView[]>([]);
  protected readonly unread = signal(0);
  protected readonly more = signal(false);
  protected readonly loading = signal(true);
  protected readonly failed = signal(false);

  protected readonly days = computed((): Day[] => {
    const today = amsterdamDayNumber(new Date());
    const days: Day[] = [];
    for (const item of this.items()) {
      const key = amsterdamDayNumber(item.updatedAt);
      let day = days.at(-1);
      if (day?.key !== key) {
        day = { key, label: this.dayLabel(item.updatedAt, today - key), items: [] };
        days.push(day);
      }
      day.items.push(item);
    }
    return days;
  });

  constructor() {
    // A new kind starts the list again from the newest.
    effect(() => {
      const kind = this.kind();
      void this.load(kind, undefined);
    });
  }

  protected chooseKind(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.kind.set(value ? (value as NotificationKind) : undefined);
  }

  protected loadMore(): void {
    void this.load(this.kind(), this.items().at(-1)?.updatedAt);
  }

  protected retry(): void {
    void this.load(this.kind(), undefined);
  }

  protected async markRead(item: NotificationView): Promise<void> {
    await firstValueFrom(this.api.markRead([item.id]));
    const now = new Date().toISOString();
    this.items.update((items) =>
      items.map((candidate) =>
        candidate.id === item.id ? { ...candidate, readAt: now } : candidate,
      ),
    );
    this.unread.update((count) => Math.max(0, count - 1));
    void this.bell.refresh();
  }

  protected async markAllRead(): Promise<void> {
    await firstValueFrom(this.api.markRead());
    const now = new Date().toISOString();
    this.items.update((items) => items.map((item) => ({ ...item, readAt: item.readAt ?? now })));
    this.unread.set(0);
    void this.bell.refresh();
  }

  protected textOf(item: NotificationView): string {
    return notificationText(item.content, this.locale());
  }

  protected linkOf(item: NotificationView): string {
    return notificationPath(item.content);
  }

  protected kindName(kind: NotificationKind): string {
    return notificationKindNames[this.locale()][kind];
  }

  protected time(item: NotificationView): string {
    return formatDateTime(item.updatedAt, this.locale(), 'time');
  }

  private dayLabel(value: string, daysAgo: number): string {
    if (daysAgo === 0) return this.t().today;
    if (daysAgo === 1) return this.t().yesterday;
    return formatDateTime(value, this.locale(), 'weekdayDate');
  }

  /** The list above arrives after the router scrolled to a #section; scroll there again. */
  private keepFragmentInView(): void {
    const fragment = this.route.snapshot.fragment;
    if (!fragment) return;
    afterNextRender(() => this.scroller.scrollToAnchor(fragment), { injector: this.injector });
  }

  private async load(
    kind: NotificationKind | undefined,
    before: string | undefined,
  ): Promise<void> {
    this.loading.set(true);
    this.failed.set(false);
    try {
      const page = await firstValueFrom(
        this.api.list({ ...(kind && { kind }), ...(before && { before }) }),
      );
      // An answer for a kind no longer chosen is not shown.
      if (kind !== this.kind()) return;
      this.items.update((items) =>
        before ? [...items, ...page.notifications] : page.notifications,
      );
      this.unread.set(page.unread);
      this.more.set(page.more);
      if (this.firstLoad) this.keepFragmentInView();
      this.firstLoad = false;
    } catch {
      this.failed.set(true);
    } finally {
      this.loading.set(false);
    }
  }
}
