import type { ClientDataKind } from '../client-data';

/** A sentence and the kinds of client data a careful reader finds in it (none: a negative). */
export interface LabelledSentence {
  text: string;
  kinds: readonly ClientDataKind[];
}

export const labelled = (text: string, ...kinds: ClientDataKind[]): LabelledSentence => ({
  text,
  kinds,
});
