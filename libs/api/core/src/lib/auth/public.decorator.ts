import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'leerruimte:public';

/**
 * Every route needs a logged-in person unless it says `@Public()`: forgetting a decorator
 * closes a route instead of opening it.
 */
export const Public = () => SetMetadata(IS_PUBLIC, true);

export const WITHOUT_CSRF = 'leerruimte:without-csrf';

/**
 * For a route that uses no cookie to decide anything, so a cross-site request cannot misuse
 * a session: the one-click unsubscribe of RFC 8058, which mail programs POST without our
 * CSRF token. Authorised by a secret in its address instead.
 */
export const WithoutCsrf = () => SetMetadata(WITHOUT_CSRF, true);
