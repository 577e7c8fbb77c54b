import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { HIDDEN_LINK_SECRET } from '@leerruimte/shared-contracts';
import { IdentityApi } from '@leerruimte/web-identity-data-access';
import { injectDateFormat, injectTexts } from '@leerruimte/web-shared-i18n';
import { Notice, StatusIndicator } from '@leerruimte/web-shared-ui';
import { adminTexts } from './admin.texts';

const URL_PATTERN = /(https?:\/\/[^\s]+)/g;

/** The outbox for platform admins: what the platform sent, or would have sent without SMTP. */
@Component({
  selector: 'lr-outbox-page',
  imports: [Notice, StatusIndicator],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="panel" aria-labelledby="outbox-title">
      <h1 id="outbox-title">{{ t().outboxTitle }}</h1>
      <p>{{ t().outboxIntro }}</p>
      @if (outbox.hasValue()) {
        @for (mail of outbox.value(); track mail.id) {
          <details class="mail">
            <summary>
              {{ t().to }} {{ mail.recipient }} · {{ mail.subject }} · {{ time(mail.createdAt) }} ·
              {{ t().mailStatus[mail.status] }}
            </summary>
            @if (mail.text === null) {
              <p>{{ t().outboxTextHidden }}</p>
            } @else {
              @for (paragraph of paragraphs(mail.text); track $index) {
                <p>
                  @for (part of paragraph; track $index) {
                    @if (part.link) {
                      <a [href]="part.text">{{ part.text }}</a>
                    } @else {
                      {{ part.text }}
                    }
                  }
                </p>
              }
            }
          </details>
        } @empty {
          <p>{{ t().outboxEmpty }}</p>
        }
      } @else if (outbox.error()) {
        <lr-notice tone="danger">{{ t().loadFailed }}</lr-notice>
      } @else {
        <lr-status-indicator state="pending">{{ t().loading }}</lr-status-indicator>
      }
    </section>
  `,
  styleUrl: './admin-pages.scss',
})
export class OutboxPage {
  private readonly api = inject(IdentityApi);
  private readonly dates = injectDateFormat();
  protected readonly t = injectTexts(adminTexts);
  protected readonly outbox = rxResource({ stream: () => this.api.outbox() });

  protected time(iso: string): string {
    return this.dates.dateTime(iso);
  }

  /** Plain-text mail as paragraphs, with its web addresses as links unless their secret is hidden. */
  protected paragraphs(text: string): Array<Array<{ text: string; link: boolean }>> {
    return text.split(/\n{2,}/).map((paragraph) =>
      paragraph
        .split(URL_PATTERN)
        .filter((part) => part !== '')
        .map((part) => ({
          text: part,
          link: /^https?:\/\//.test(part) && !part.includes(HIDDEN_LINK_SECRET),
        })),
    );
  }
}
