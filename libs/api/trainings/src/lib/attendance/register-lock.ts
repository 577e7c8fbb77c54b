import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { selectRow } from '@leerruimte/api-infrastructure';
import { trainingErrors } from '../trainings.errors';

/**
 * Locks the session's row until the transaction ends, and refuses when its register is closed:
 * marking, checking in and closing the register happen one after another, never across a close.
 */
export async function assertRegisterOpen(manager: EntityManager, sessionId: string): Promise<void> {
  const session = await selectRow(
    manager,
    z.object({ locked: z.boolean() }),
    `SELECT register_locked_at IS NOT NULL AS locked FROM training_session WHERE id = $1 FOR UPDATE`,
    [sessionId],
  );
  if (session?.locked) throw trainingErrors.registerLocked();
}
