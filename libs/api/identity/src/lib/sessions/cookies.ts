// The type import adds cookies, setCookie and clearCookie to Fastify's request and reply.
import type {} from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { randomBytes } from 'node:crypto';
import type { AppConfig } from '@leerruimte/api-core';

export const SESSION_COOKIE = 'lr_session';
/** Read by the web app and echoed in the X-CSRF-Token header (double-submit cookie). */
export const CSRF_COOKIE = 'lr_csrf';
export const CSRF_HEADER = 'x-csrf-token';

export function sessionCookieOf(request: FastifyRequest): string | undefined {
  return request.cookies[SESSION_COOKIE];
}

export function setSessionCookie(
  reply: FastifyReply,
  config: AppConfig,
  token: string,
  expiresAt: Date,
) {
  void reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: config.session.secureCookies,
    path: '/',
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply, config: AppConfig) {
  void reply.clearCookie(SESSION_COOKIE, {
    httpOnly: true,
    sameSite: 'lax',
    secure: config.session.secureCookies,
    path: '/',
  });
}

/** Gives the browser a CSRF token when it has none yet (on any API call that passes the guard). */
export function ensureCsrfCookie(request: FastifyRequest, reply: FastifyReply, config: AppConfig) {
  if (!request.cookies[CSRF_COOKIE]) {
    void reply.setCookie(CSRF_COOKIE, randomBytes(24).toString('base64url'), {
      httpOnly: false,
      sameSite: 'lax',
      secure: config.session.secureCookies,
      path: '/',
    });
  }
}

/** A state-changing request must echo the CSRF cookie in the header; another site cannot read it. */
export function csrfMatches(request: FastifyRequest): boolean {
  const cookie = request.cookies[CSRF_COOKIE];
  const header = request.headers[CSRF_HEADER];
  return typeof cookie === 'string' && cookie.length > 0 && header === cookie;
}

/** The known-device token (see KnownDevices); only the login routes need it. */
export const DEVICE_COOKIE = 'lr_device';

export function deviceCookieOf(request: FastifyRequest): string | undefined {
  return request.cookies[DEVICE_COOKIE];
}

export function setDeviceCookie(
  reply: FastifyReply,
  config: AppConfig,
  token: string,
  maxAgeSeconds: number,
) {
  void reply.setCookie(DEVICE_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: config.session.secureCookies,
    path: '/api/auth',
    maxAge: maxAgeSeconds,
  });
}

/**
 * Ties a sign-in through the organisation's provider to the browser that started it, so a
 * provider's answer sent to someone else's browser (login CSRF) signs nobody in. Lax: the
 * provider sends the browser back with a top-level GET.
 */
export const SSO_BROWSER_COOKIE = 'lr_sso';
const SSO_COOKIE_PATH = '/api/auth/sso';

export function setSsoBrowserCookie(reply: FastifyReply, config: AppConfig, value: string) {
  void reply.setCookie(SSO_BROWSER_COOKIE, value, {
    httpOnly: true,
    sameSite: 'lax',
    secure: config.session.secureCookies,
    path: SSO_COOKIE_PATH,
    maxAge: 600,
  });
}

export function clearSsoBrowserCookie(reply: FastifyReply, config: AppConfig) {
  void reply.clearCookie(SSO_BROWSER_COOKIE, {
    httpOnly: true,
    sameSite: 'lax',
    secure: config.session.secureCookies,
    path: SSO_COOKIE_PATH,
  });
}
