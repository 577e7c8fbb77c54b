import { ChangeDetectionStrategy, Component } from '@angular/core';
import { injectTexts } from '@leerruimte/web-shared-i18n';
import { adminTexts } from './admin.texts';

/** Bull Board, served by the API, shown inside Leerruimte so the menu stays in reach. */
@Component({
  selector: 'lr-queues-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="heading">
      <h1 id="queues-title">{{ t().queuesTitle }}</h1>
      <a href="/api/admin/queues" target="_blank" rel="noopener">{{ t().queuesOwnWindow }}</a>
    </div>
    <p>{{ t().queuesIntro }}</p>
    <iframe src="/api/admin/queues" [title]="t().queuesFrameTitle" data-third-party></iframe>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: var(--lr-space-2);
    }
    .heading {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      justify-content: space-between;
      gap: var(--lr-space-2) var(--lr-space-4);
    }
    p {
      margin: 0;
    }
    iframe {
      width: 100%;
      height: max(30rem, calc(100vh - 14rem));
      border: 1px solid var(--lr-color-border);
      border-radius: var(--lr-radius);
      background: var(--lr-color-surface);
    }
  `,
})
export class QueuesPage {
  protected readonly t = injectTexts(adminTexts);
}
