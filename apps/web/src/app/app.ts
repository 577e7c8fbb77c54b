import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { AppShell } from '@leerruimte/web-shell-feature';

@Component({
  selector: 'lr-root',
  imports: [AppShell, RouterOutlet],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<lr-app-shell><router-outlet /></lr-app-shell>`,
})
export class App {}
