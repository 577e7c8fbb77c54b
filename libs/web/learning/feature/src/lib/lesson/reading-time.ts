/** How often the reader reports activity; the API credits half-minute slots. */
export const BEAT_MS = 30_000;
/** Without a key, click, touch or scroll for this long, the learner is away. */
export const IDLE_AFTER_MS = 2 * 60_000;

/**
 * Decides, at each half minute, whether the learner is really reading: the tab is visible and
 * they did something in the last two minutes. The lesson page feeds it events and a clock.
 */
export class ReadingActivity {
  private lastInteraction: number;
  private visible: boolean;

  constructor(now: number, visible: boolean) {
    this.lastInteraction = now;
    this.visible = visible;
  }

  interacted(now: number): void {
    this.lastInteraction = now;
  }

  visibilityChanged(visible: boolean, now: number): void {
    this.visible = visible;
    // Coming back to the tab is itself a sign of reading.
    if (visible) this.lastInteraction = now;
  }

  isReading(now: number): boolean {
    return this.visible && now - this.lastInteraction <= IDLE_AFTER_MS;
  }
}
