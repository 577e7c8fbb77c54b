/** What the guard finds: each kind has its own detector and its own explanation. */
export const clientDataKinds = [
  'bsn',
  'phone',
  'email',
  'postcode-house-number',
  'date-of-birth',
  'iban',
  'name',
  'street-address',
  'client-number',
  'licence-plate',
  'id-document',
] as const;
export type ClientDataKind = (typeof clientDataKinds)[number];

export interface ClientDataFinding {
  kind: ClientDataKind;
  /** Where in the text: `text.slice(start, end) === fragment`. */
  start: number;
  end: number;
  fragment: string;
}

/** A detector's finding before overlaps are settled. */
export interface Candidate {
  kind: ClientDataKind;
  start: number;
  end: number;
  /** Where the part that must stay starts, when a prefix may be cut off ("aan de" in a street). */
  coreStart?: number;
}
