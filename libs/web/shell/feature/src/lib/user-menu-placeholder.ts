import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { SessionStore } from '@leerruimte/web-identity-data-access';
import { injectTexts } from '@leerruimte/web-shared-i18n';
import { DeferredMenus } from './deferred-menus';
import { shellTexts } from './shell.texts';

/** The person's name as it looks before the account menu (and its menu library) has loaded. */
@Component({
  selector: 'lr-user-menu-placeholder',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (session.user(); as user) {
      <button
        type="button"
        class="lr-button user-menu"
        [attr.aria-label]="t().userMenuLabel(user.name)"
        (click)="menus.press('user')"
      >
        <span class="user-name">{{ user.name }}</span>
      </button>
    }
  `,
  styleUrl: './user-menu.scss',
})
export class UserMenuPlaceholder {
  protected readonly session = inject(SessionStore);
  protected readonly t = injectTexts(shellTexts);
  protected readonly menus = inject(DeferredMenus);
}
