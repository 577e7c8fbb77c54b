import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Client, escapeIdentifier } from 'pg';
import { APP_CONFIG, type AppConfig } from '@leerruimte/api-core';

export interface NotificationListener {
  /** A NOTIFY on the channel, with its payload. */
  notified(payload: string): void;
  /**
   * Notifications may have been missed (the connection dropped, or is not up yet): whatever the
   * listener holds on the strength of them is to be forgotten.
   */
  missed(): void;
}

const RECONNECT_MS = 1_000;

/**
 * PostgreSQL's LISTEN on one connection of its own. Triggers send the NOTIFYs when a change
 * commits, so every process hears of it whichever code, process or tool made the change.
 */
@Injectable()
export class DatabaseNotifications implements OnApplicationShutdown {
  private readonly logger = new Logger(DatabaseNotifications.name);
  private readonly listeners = new Map<string, NotificationListener[]>();
  private client?: Client;
  private reconnect?: NodeJS.Timeout;
  private closed = false;
  /** True while every channel is listened to: only then is nothing being missed. */
  private hearing = false;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get listening(): boolean {
    return this.hearing;
  }

  /**
   * Listens to a channel. The connection opens after the current tick, so subscriptions made
   * together share it; a later one to a new channel makes it anew (and everyone forgets once).
   */
  subscribe(channel: string, listener: NotificationListener): void {
    const known = this.listeners.has(channel);
    this.listeners.set(channel, [...(this.listeners.get(channel) ?? []), listener]);
    if (known) return;
    if (this.client) {
      this.lost();
    } else if (!this.reconnect) {
      this.reconnect = setTimeout(() => {
        this.reconnect = undefined;
        void this.connect();
      }, 0);
    }
  }

  private async connect(): Promise<void> {
    if (this.closed || this.client) return;
    const client = new Client({
      connectionString: this.config.database.url,
      application_name: 'leerruimte-listen',
      keepAlive: true,
    });
    this.client = client;
    client.on('notification', (message) => {
      if (!this.hearing || client !== this.client) return;
      for (const listener of this.listeners.get(message.channel) ?? []) {
        listener.notified(message.payload ?? '');
      }
    });
    const down = (error?: unknown) => {
      if (client !== this.client) return;
      if (error && !this.closed) {
        this.logger.warn(`Stopped hearing database notifications: ${String(error)}`);
      }
      this.lost();
    };
    client.on('error', down);
    client.on('end', () => down());
    try {
      await client.connect();
      for (const channel of this.listeners.keys()) {
        await client.query(`LISTEN ${escapeIdentifier(channel)}`);
      }
      if (client === this.client) this.hearing = true;
    } catch (error) {
      down(error);
    }
  }

  /** The connection is gone or must be made anew: listeners forget, and it comes back. */
  private lost(): void {
    this.hearing = false;
    const client = this.client;
    this.client = undefined;
    client?.end().catch(() => undefined);
    for (const listeners of this.listeners.values()) {
      for (const listener of listeners) listener.missed();
    }
    if (!this.closed && !this.reconnect) {
      this.reconnect = setTimeout(() => {
        this.reconnect = undefined;
        void this.connect();
      }, RECONNECT_MS);
      this.reconnect.unref();
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    this.hearing = false;
    clearTimeout(this.reconnect);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }
}
