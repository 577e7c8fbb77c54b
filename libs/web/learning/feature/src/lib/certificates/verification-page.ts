import { ChangeDetectionStrategy, Component, DestroyRef, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Meta } from '@angular/platform-browser';
import { LearningApi } from '@leerruimte/web-learning-data-access';
import { injectDateFormat, injectTexts } from '@leerruimte/web-shared-i18n';
import { LoadState, Notice } from '@leerruimte/web-shared-ui';
import { certificateTexts } from './certificates.texts';

/**
 * The public page behind a certificate's QR code: whether it is genuine and still valid, with
 * only the holder's name, the module and the date. Kept out of search engines.
 */
@Component({
  selector: 'lr-certificate-verification-page',
  imports: [LoadState, Notice],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="panel" aria-labelledby="verify-title">
      <h1 id="verify-title">{{ t().verifyTitle }}</h1>
      @if (verification.hasValue()) {
        @let found = verification.value();
        @switch (found.status) {
          @case ('valid') {
            <lr-notice tone="success" data-testid="verification">{{ t().verifyGenuine }}</lr-notice>
          }
          @case ('revoked') {
            <lr-notice tone="danger" data-testid="verification">{{ t().verifyRevoked }}</lr-notice>
          }
          @case ('replaced') {
            <lr-notice tone="warning" data-testid="verification">{{
              t().verifyReplaced
            }}</lr-notice>
          }
        }
        <dl class="facts">
          <dt>{{ t().holder }}</dt>
          <dd>{{ found.holderName }}</dd>
          <dt>{{ t().module }}</dt>
          <dd>{{ found.moduleTitle }}</dd>
          <dt>{{ t().date }}</dt>
          <dd>{{ dates.date(found.completedAt) }}</dd>
          <dt>{{ t().statusLabel }}</dt>
          <dd>{{ t().status[found.status] }}</dd>
        </dl>
        <p class="muted">{{ t().verifyOnlyThis }}</p>
      }
    </section>
    <lr-load-state [resource]="verification" />
  `,
  styleUrls: ['../learning-pages.scss', './certificates.scss'],
})
export class CertificateVerificationPage {
  private readonly api = inject(LearningApi);
  protected readonly t = injectTexts(certificateTexts);
  protected readonly dates = injectDateFormat();

  readonly code = input.required<string>();

  protected readonly verification = rxResource({
    params: () => this.code(),
    stream: ({ params }) => this.api.verifyCertificate(params),
  });

  constructor() {
    const meta = inject(Meta);
    meta.updateTag({ name: 'robots', content: 'noindex, nofollow' });
    inject(DestroyRef).onDestroy(() => meta.removeTag("name='robots'"));
  }
}
