/**
 * Every page's path, in one place: the router's route table and every link use these, so a
 * renamed page cannot leave a dead link behind.
 */
export const appPaths = {
  start: '',
  login: 'inloggen',
} as const;

export type AppPath = (typeof appPaths)[keyof typeof appPaths];

/** An absolute router link for a path: `[routerLink]="link(appPaths.start)"`. */
export function link(path: AppPath): string {
  return `/${path}`;
}
