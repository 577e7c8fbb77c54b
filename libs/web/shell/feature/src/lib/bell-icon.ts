import { ChangeDetectionStrategy, Component } from '@angular/core';

/** The bell of the notifications button (an icon, not an emoji: no emoji font is certain). */
@Component({
  selector: 'lr-bell-icon',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <svg viewBox="0 0 24 24" aria-hidden="true">
      <path d="M12 3a6 6 0 0 0-6 6v4l-2 3h16l-2-3V9a6 6 0 0 0-6-6Z" />
      <path d="M10 19a2 2 0 0 0 4 0" />
    </svg>
  `,
  styles: `
    svg {
      display: block;
      width: 1.4rem;
      height: 1.4rem;
      fill: none;
      stroke: currentColor;
      stroke-width: 2;
      stroke-linejoin: round;
    }
  `,
})
export class BellIcon {}
