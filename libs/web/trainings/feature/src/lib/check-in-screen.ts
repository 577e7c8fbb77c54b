import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { CheckInDisplay } from '@leerruimte/shared-contracts';
import { injectTexts } from '@leerruimte/web-shared-i18n';
import { FormProblem, formAction } from '@leerruimte/web-shared-ui';
import { TrainingsApi } from '@leerruimte/web-trainings-data-access';
import { trainingTexts } from './trainings.texts';

/** How often the register behind the screen is read again while the code is shown. */
const REGISTER_REFRESH_MS = 5_000;

/**
 * The trainer's screen for self check-in, on the register page: the code and QR code of this
 * minute, fetched again as each expires, while the register refreshes so who checked in shows.
 */
@Component({
  selector: 'lr-check-in-screen',
  imports: [FormProblem],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="muted">{{ t().checkInHint }}</p>
    <div class="actions">
      @if (display()) {
        <button class="lr-button lr-button-outlined" type="button" (click)="hide()">
          {{ t().hideCheckInCode }}
        </button>
        <button class="lr-button" type="button" (click)="fullScreen()">{{ t().fullScreen }}</button>
      } @else {
        <button
          class="lr-button lr-button-filled"
          type="button"
          [disabled]="action.busy()"
          (click)="show()"
        >
          {{ t().showCheckInCode }}
        </button>
      }
    </div>
    @if (display(); as shown) {
      <figure #screen class="screen" data-testid="check-in-code">
        <p
          class="code"
          [attr.aria-label]="t().checkInCodeLabel + ': ' + shown.code.split('').join(' ')"
        >
          {{ shown.code.slice(0, 3) }}&nbsp;{{ shown.code.slice(3) }}
        </p>
        <img [src]="shown.qrCode" [alt]="t().checkInQr" width="220" height="220" />
        <figcaption class="muted">{{ t().checkInChanges }}</figcaption>
      </figure>
    }
    <lr-form-problem [action]="action" />
  `,
  styles: `
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--lr-space-2);
    }
    .screen {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: var(--lr-space-3);
      margin: var(--lr-space-4) 0 0;
      padding: var(--lr-space-4);
      background: var(--lr-color-surface);
      border: 1px solid var(--lr-color-border);
      border-radius: var(--lr-radius);
    }
    .screen:fullscreen {
      justify-content: center;
    }
    .screen:fullscreen img {
      width: min(60vh, 80vw);
      height: auto;
    }
    .code {
      margin: 0;
      font-size: clamp(2.5rem, 12vw, 5rem);
      font-weight: 700;
      letter-spacing: 0.08em;
      font-variant-numeric: tabular-nums;
    }
    .screen:fullscreen .code {
      font-size: 18vh;
    }
    img {
      max-width: 100%;
      height: auto;
    }
  `,
})
export class CheckInScreen {
  private readonly api = inject(TrainingsApi);
  protected readonly t = injectTexts(trainingTexts);
  protected readonly action = formAction();
  private readonly screen = viewChild<ElementRef<HTMLElement>>('screen');

  readonly teamId = input.required<string>();
  readonly sessionId = input.required<string>();
  /** Time to read the register again: someone may have checked in. */
  readonly refresh = output<void>();

  protected readonly display = signal<CheckInDisplay | null>(null);
  private nextCode: ReturnType<typeof setTimeout> | undefined;
  private registerTimer: ReturnType<typeof setInterval> | undefined;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.stop());
  }

  protected async show(): Promise<void> {
    await this.fetchCode();
    if (!this.display()) return;
    this.registerTimer = setInterval(() => this.refresh.emit(), REGISTER_REFRESH_MS);
  }

  protected hide(): void {
    this.stop();
    this.display.set(null);
    this.refresh.emit();
  }

  protected fullScreen(): void {
    void this.screen()?.nativeElement.requestFullscreen?.();
  }

  private async fetchCode(): Promise<void> {
    const shown = await this.action.run(() =>
      firstValueFrom(this.api.checkInCode(this.teamId(), this.sessionId())),
    );
    if (!shown) {
      this.stop();
      this.display.set(null);
      return;
    }
    this.display.set(shown);
    const wait = Math.max(1_000, new Date(shown.validUntil).getTime() - Date.now());
    this.nextCode = setTimeout(() => void this.fetchCode(), wait);
  }

  private stop(): void {
    clearTimeout(this.nextCode);
    clearInterval(this.registerTimer);
  }
}
