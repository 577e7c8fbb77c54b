/**
 * The parts of RFC 5545 every calendar Leerruimte writes needs: the reflection moments' feed
 * and the trainings' invitations.
 */

/** A UTC date-time: 20261207T093000Z. */
export function icalStamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

// Tab is allowed in a text value; every other control character is not.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000A-\u001F\u007F]/g;

/**
 * Text values escape backslash, semicolon, comma and every line break (RFC 5545, 3.3.11): a
 * bare CR too, which some calendars read as the end of a line and so as the start of whatever
 * follows. Other control characters are not allowed in a text value at all, so they go.
 */
export function icalText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(CONTROL_CHARACTERS, '');
}

/** A parameter value (a CN): quoted, without the characters a quoted value may not hold. */
export function icalParameter(value: string): string {
  // eslint-disable-next-line no-control-regex
  return `"${value.replace(/["\u0000-\u001F\u007F]/g, '')}"`;
}

/** Lines longer than 75 octets are folded: a line break followed by one space. */
function fold(line: string): string {
  const bytes = Buffer.from(line, 'utf8');
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let start = 0;
  while (start < bytes.length) {
    let end = Math.min(start + (parts.length === 0 ? 75 : 74), bytes.length);
    // Never cut a multi-byte character in half.
    while (end < bytes.length && (bytes[end] & 0xc0) === 0x80) end--;
    parts.push(bytes.subarray(start, end).toString('utf8'));
    start = end;
  }
  return parts.join('\r\n ');
}

/** Content lines as a calendar object: folded, CRLF after every line. */
export function icalDocument(lines: readonly string[]): string {
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

/**
 * The UID of one person's booking of a training session: the same in its invitations, their
 * updates and cancellations, and in the person's calendar feed.
 */
export function trainingSessionUid(sessionId: string, userId: string, publicUrl: string): string {
  return `training-session-${sessionId}-${userId}@${new URL(publicUrl).hostname}`;
}
