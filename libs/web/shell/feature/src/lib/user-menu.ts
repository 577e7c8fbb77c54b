import { ChangeDetectionStrategy, Component, inject, viewChild } from '@angular/core';
import { MatMenuModule, MatMenuTrigger } from '@angular/material/menu';
import { Router, RouterLink } from '@angular/router';
import { SessionStore } from '@leerruimte/web-identity-data-access';
import { injectTexts } from '@leerruimte/web-shared-i18n';
import { appPaths, link } from '@leerruimte/web-shared-util';
import { openWhenPressedEarly } from './deferred-menus';
import { shellTexts } from './shell.texts';

/**
 * The logged-in person's name in the header, opening "Mijn account" and "Uitloggen". Loaded
 * after the first page (with the menu library), in the place of a button that looks the same.
 */
@Component({
  selector: 'lr-user-menu',
  imports: [MatMenuModule, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (session.user(); as user) {
      <button
        type="button"
        class="lr-button user-menu"
        [matMenuTriggerFor]="userMenu"
        [attr.aria-label]="t().userMenuLabel(user.name)"
      >
        <!-- A name from the first moment: the label is bound a frame after the block appears. -->
        <span class="lr-visually-hidden">Menu</span>
        <span class="user-name">{{ user.name }}</span>
      </button>
      <mat-menu #userMenu="matMenu">
        <a mat-menu-item [routerLink]="profileLink">{{ t().profile }}</a>
        <button mat-menu-item type="button" (click)="logout()">{{ t().logout }}</button>
        @if (session.signedInThrough(); as organisation) {
          <button mat-menu-item type="button" (click)="logoutAtProvider()">
            {{ t().logoutAtProvider(organisation) }}
          </button>
        }
      </mat-menu>
    }
  `,
  styleUrl: './user-menu.scss',
})
export class UserMenu {
  private readonly router = inject(Router);
  protected readonly session = inject(SessionStore);
  protected readonly t = injectTexts(shellTexts);
  protected readonly profileLink = link(appPaths.profile);
  private readonly trigger = viewChild(MatMenuTrigger);

  constructor() {
    openWhenPressedEarly('user', this.trigger);
  }

  protected async logout(): Promise<void> {
    await this.session.logout();
    await this.router.navigateByUrl(link(appPaths.start));
  }

  protected async logoutAtProvider(): Promise<void> {
    if (!(await this.session.logoutAtProvider())) {
      await this.router.navigateByUrl(link(appPaths.start));
    }
  }
}
