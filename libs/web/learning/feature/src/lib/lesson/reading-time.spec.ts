import { IDLE_AFTER_MS, ReadingActivity } from './reading-time';

describe(ReadingActivity.name, () => {
  const start = 1_000_000;

  it('counts a visible tab with recent interaction as reading', () => {
    const activity = new ReadingActivity(start, true);
    activity.interacted(start + 60_000);
    expect(activity.isReading(start + 90_000)).toBe(true);
  });

  it('stops counting two minutes after the last interaction (idle)', () => {
    const activity = new ReadingActivity(start, true);
    expect(activity.isReading(start + IDLE_AFTER_MS)).toBe(true);
    expect(activity.isReading(start + IDLE_AFTER_MS + 1)).toBe(false);
    activity.interacted(start + IDLE_AFTER_MS + 5_000);
    expect(activity.isReading(start + IDLE_AFTER_MS + 10_000)).toBe(true);
  });

  it('never counts a hidden tab, however recent the interaction', () => {
    const activity = new ReadingActivity(start, true);
    activity.visibilityChanged(false, start + 1_000);
    activity.interacted(start + 2_000);
    expect(activity.isReading(start + 3_000)).toBe(false);
  });

  it('counts again when the tab comes back into view', () => {
    const activity = new ReadingActivity(start, false);
    expect(activity.isReading(start + 10 * 60_000)).toBe(false);
    activity.visibilityChanged(true, start + 10 * 60_000);
    expect(activity.isReading(start + 10 * 60_000 + 30_000)).toBe(true);
  });
});
