import { Client } from 'pg';
import { WakeUpSignal } from '../subscription/wake-up-signal';

export const APPENDED_CHANNEL = 'event_store_appended';
/** Shown in pg_stat_activity, so operators can tell these long-lived idle connections apart. */
export const LISTENER_APPLICATION_NAME = 'event_store_listener';

/**
 * LISTENs on a dedicated connection (a pooled one would be handed to other queries) while at
 * least one subscription needs it, and turns each notification into a wake-up. Best effort:
 * if the connection fails, subscriptions keep polling and the listener reconnects after
 * `retryMs`; a reconnect also wakes everyone, since notifications may have been missed meanwhile.
 */
export class NotificationListener {
  private client: Client | undefined;
  private connecting: Promise<void> | undefined;
  private retryTimer: NodeJS.Timeout | undefined;
  private users = 0;

  constructor(
    private readonly url: string,
    private readonly signal: WakeUpSignal,
    private readonly retryMs: number,
  ) {}

  /** Resolves once listening (or once connecting has failed, leaving polling to cover). */
  async acquire(): Promise<void> {
    this.users++;
    await this.ensureListening();
  }

  release(): void {
    this.users = Math.max(0, this.users - 1);
    if (this.users === 0) this.disconnect();
  }

  close(): void {
    this.users = 0;
    this.disconnect();
  }

  private ensureListening(): Promise<void> {
    if (this.client) return Promise.resolve();
    this.connecting ??= this.connect().finally(() => (this.connecting = undefined));
    return this.connecting;
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.url, application_name: LISTENER_APPLICATION_NAME });
    client.on('notification', () => this.signal.notify());
    client.on('error', () => this.lost(client));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${APPENDED_CHANNEL}`);
    } catch {
      client.end().catch(() => undefined);
      this.scheduleRetry();
      return;
    }
    if (this.users === 0) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.signal.notify();
  }

  private lost(client: Client): void {
    if (this.client !== client) return;
    this.client = undefined;
    client.end().catch(() => undefined);
    this.scheduleRetry();
  }

  private scheduleRetry(): void {
    if (this.users === 0 || this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      if (this.users > 0) void this.ensureListening();
    }, this.retryMs);
    this.retryTimer.unref();
  }

  private disconnect(): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    const client = this.client;
    this.client = undefined;
    client?.end().catch(() => undefined);
  }
}
