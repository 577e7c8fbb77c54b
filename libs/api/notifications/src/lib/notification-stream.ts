import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import type { ServerResponse } from 'node:http';
import { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '@leerruimte/api-core';
import { notificationsChannel } from './notifier';

/** Keeps proxies from closing a quiet stream. */
const HEARTBEAT_MS = 25_000;

/**
 * The open notification streams (server-sent events) of this API process, by person. Any
 * process (API or worker) announces new notifications on a Redis channel; each API process
 * passes the news to the streams it holds, and the app then fetches its notifications.
 */
@Injectable()
export class NotificationStream
  implements OnModuleInit, BeforeApplicationShutdown, OnApplicationShutdown
{
  private readonly logger = new Logger(NotificationStream.name);
  private readonly streams = new Map<string, Set<ServerResponse>>();
  private subscriber?: Redis;
  private heartbeat?: ReturnType<typeof setInterval>;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async onModuleInit(): Promise<void> {
    // A subscribed connection can do nothing else, so it is one of its own.
    this.subscriber = new Redis(this.config.redis.url, {
      connectionName: 'leerruimte-notifications',
      maxRetriesPerRequest: null,
    });
    this.subscriber.on('message', (_channel, message: string) => this.deliver(message));
    this.subscriber.on('error', (error) =>
      this.logger.warn({ msg: 'Notification channel unavailable', reason: error.message }),
    );
    await this.subscriber.subscribe(notificationsChannel(this.config));
    this.heartbeat = setInterval(() => this.writeAll(': ping\n\n'), HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  open(userId: string, response: ServerResponse): void {
    const streams = this.streams.get(userId) ?? new Set<ServerResponse>();
    streams.add(response);
    this.streams.set(userId, streams);
    response.on('close', () => {
      streams.delete(response);
      if (streams.size === 0) this.streams.delete(userId);
    });
  }

  /** Open streams never finish by themselves; end them before the HTTP server closes. */
  beforeApplicationShutdown(): void {
    clearInterval(this.heartbeat);
    for (const streams of this.streams.values()) {
      for (const response of streams) response.end();
    }
    this.streams.clear();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.subscriber?.quit().catch(() => this.subscriber?.disconnect());
  }

  private deliver(message: string): void {
    let userIds: unknown;
    try {
      userIds = JSON.parse(message);
    } catch {
      return;
    }
    if (!Array.isArray(userIds)) return;
    for (const userId of userIds) {
      for (const response of this.streams.get(String(userId)) ?? []) {
        response.write('event: notifications\ndata: {}\n\n');
      }
    }
  }

  private writeAll(text: string): void {
    for (const streams of this.streams.values()) {
      for (const response of streams) response.write(text);
    }
  }
}
