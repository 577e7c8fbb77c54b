import { errorBodyOpenApi } from '@leerruimte/api-core';

/** The 422 of every endpoint that takes free text or links to other items of the board. */
export const privacyOrLinkRefusal = {
  description:
    'Text that could identify a client (unless the author confirms it is not), or a link to something outside the team',
  schema: errorBodyOpenApi,
};
