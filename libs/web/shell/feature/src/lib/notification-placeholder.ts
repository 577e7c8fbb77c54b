import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { injectTexts } from '@leerruimte/web-shared-i18n';
import { BellIcon } from './bell-icon';
import { DeferredMenus } from './deferred-menus';
import { shellTexts } from './shell.texts';

/** The bell as it looks before the notification menu (and its menu library) has loaded. */
@Component({
  selector: 'lr-notification-placeholder',
  imports: [BellIcon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      type="button"
      class="lr-button notifications"
      [attr.aria-label]="t().notificationsLabel(0)"
      (click)="menus.press('notifications')"
    >
      <lr-bell-icon />
    </button>
  `,
  styleUrl: './notification-button.scss',
})
export class NotificationPlaceholder {
  protected readonly t = injectTexts(shellTexts);
  protected readonly menus = inject(DeferredMenus);
}
