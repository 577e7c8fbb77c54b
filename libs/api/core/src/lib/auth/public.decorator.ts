import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'leerruimte:public';

/**
 * Every route needs a logged-in person unless it says `@Public()`: forgetting a decorator
 * closes a route instead of opening it.
 */
export const Public = () => SetMetadata(IS_PUBLIC, true);
