import { createHash, randomBytes } from 'node:crypto';

/** A logged-in session for a person, made in the database as a login would: its cookie. */
export async function sessionCookie(client, userId) {
  const token = randomBytes(32).toString('base64url');
  await client.query(
    `INSERT INTO user_session (token_hash, user_id, created_at, last_seen_at, expires_at)
     VALUES ($1, $2, now(), now(), now() + interval '1 day')`,
    [createHash('sha256').update(token).digest('hex'), userId],
  );
  return `lr_session=${token}`;
}
