import {
  FREE_FAILURES,
  LONGEST_WAIT_SECONDS,
  loginDelayed,
  waitAfterFailures,
} from './login-throttle';

describe(waitAfterFailures.name, () => {
  it('lets the free failures pass, then doubles the wait up to a quarter of an hour', () => {
    const waits = Array.from({ length: 16 }, (_, index) =>
      waitAfterFailures(index + 1, FREE_FAILURES.account),
    );

    expect(waits).toEqual([0, 0, 0, 0, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900, 900]);
    expect(waitAfterFailures(1_000, FREE_FAILURES.ip)).toBe(LONGEST_WAIT_SECONDS);
  });
});

describe(loginDelayed.name, () => {
  it.each([
    [1, '1 seconde', '1 second'],
    [32, '32 seconden', '32 seconds'],
    [60, '1 minuut', '1 minute'],
    [61, '2 minuten', '2 minutes'],
  ])('says a wait of %i s as "%s"', (seconds, nl, en) => {
    const error = loginDelayed(seconds);

    expect(error.status).toBe(429);
    expect(error.text.nl).toContain(`Wacht ${nl} en probeer het opnieuw`);
    expect(error.text.en).toContain(`Wait ${en} and try again`);
  });
});
