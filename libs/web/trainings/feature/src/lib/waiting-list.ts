import type { TrainingSession } from '@leerruimte/shared-contracts';

/** Past the cancel deadline the queue no longer moves by itself: the lead gives places by hand. */
export function queueStandsStill(session: TrainingSession, now = Date.now()): boolean {
  return new Date(session.waitingListMovesUntil).getTime() <= now;
}
