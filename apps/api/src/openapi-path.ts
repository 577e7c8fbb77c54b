/** Where the committed OpenAPI document lives (written by `npm run openapi:generate`). */
export const OPENAPI_PATH = 'libs/shared/contracts/openapi.json';
