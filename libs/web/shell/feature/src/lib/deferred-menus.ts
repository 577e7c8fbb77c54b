import { Injectable, type Signal, afterNextRender, inject, signal } from '@angular/core';
import type { MatMenuTrigger } from '@angular/material/menu';

export type DeferredMenu = 'user' | 'notifications';

/**
 * The header's menus load just after the first page, in the place of look-alike buttons. A
 * press on a look-alike loads the menu (Angular's `on interaction`), and is remembered here so
 * the menu opens once it has loaded: one press, as on any button, not a second one.
 */
@Injectable({ providedIn: 'root' })
export class DeferredMenus {
  private readonly pressed = signal<DeferredMenu | null>(null);

  press(menu: DeferredMenu): void {
    this.pressed.set(menu);
  }

  /** True once for the menu that was pressed before it loaded. */
  take(menu: DeferredMenu): boolean {
    if (this.pressed() !== menu) return false;
    this.pressed.set(null);
    return true;
  }
}

/** For a loaded menu component: opens its menu when its look-alike was pressed before. */
export function openWhenPressedEarly(
  menu: DeferredMenu,
  trigger: Signal<MatMenuTrigger | undefined>,
): void {
  const menus = inject(DeferredMenus);
  afterNextRender(() => {
    if (menus.take(menu)) trigger()?.openMenu();
  });
}
