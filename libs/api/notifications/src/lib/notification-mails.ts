import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@leerruimte/api-core';
import {
  type MailFooter,
  type MailMessage,
  Mailer,
  paragraphMail,
} from '@leerruimte/api-infrastructure';
import {
  type NotificationContent,
  type NotificationKind,
  notificationKindNames,
  notificationPath,
  notificationSubject,
  notificationText,
} from '@leerruimte/shared-contracts';
import { appPaths, link } from '@leerruimte/shared-paths';
import {
  type Recipient,
  claimUnmailed,
  kindsInDigest,
  tokenOwner,
  turnOffMail,
  unsubscribeTokens,
  wantingEachMail,
} from './notification-mails.queries';

export type { Recipient } from './notification-mails.queries';

/** Changes to one item within this many minutes are one notification, and at most one mail. */
export const BUNDLE_MINUTES = 15;

/** What a mail can be unsubscribed from: one kind, or the daily digest as a whole. */
export type MailStream = NotificationKind | 'digest';

/** What every mail about notifications carries: a line to unsubscribe, and its headers. */
export interface Unsubscribe {
  footer: MailFooter;
  headers: Record<string, string>;
}

/**
 * Mail about notifications: who wants it (their choice for the kind, else their default), at
 * most one per bundle, and in every mail a one-click unsubscribe (RFC 8058) that changes
 * exactly the preference it came from.
 */
@Injectable()
export class NotificationMails {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Of these people, those who want a mail per message of this kind. */
  wantingMail(
    userIds: string[],
    kind: NotificationKind,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Recipient[]> {
    if (userIds.length === 0) return Promise.resolve([]);
    return wantingEachMail(manager, userIds, kind);
  }

  /**
   * Takes the one mail of each person's notification about this item: those whose notification
   * (made or updated just now by `Notifier.notify`) has not had its mail yet.
   */
  async claimMail(userIds: string[], content: NotificationContent): Promise<string[]> {
    if (userIds.length === 0) return [];
    return claimUnmailed(this.dataSource, userIds, notificationSubject(content), BUNDLE_MINUTES);
  }

  /** The unsubscribe line and headers of these people's mails of this stream. */
  async unsubscribeFor(
    people: Recipient[],
    stream: MailStream,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, Unsubscribe>> {
    if (people.length === 0) return new Map();
    const ids = people.map((person) => person.id);
    // One random token per person, made the first time it is needed.
    const tokenOf = await unsubscribeTokens(
      manager,
      ids,
      ids.map(() => randomBytes(32).toString('hex')),
    );
    const base = this.config.http.publicUrl;
    return new Map(
      people.map((person) => {
        const query = new URLSearchParams({
          token: tokenOf.get(person.id) ?? '',
          kind: stream,
        }).toString();
        const nl = person.locale === 'nl';
        const what =
          stream === 'digest'
            ? nl
              ? 'het dagelijkse overzicht'
              : 'the daily overview'
            : `“${notificationKindNames[person.locale][stream]}”`;
        return [
          person.id,
          {
            footer: {
              text: nl ? `Geen mail meer over ${what}?` : `No more mail about ${what}?`,
              link: {
                url: `${base}${link(appPaths.unsubscribe)}?${query}`,
                label: nl ? 'Afmelden' : 'Unsubscribe',
              },
            },
            headers: {
              'List-Unsubscribe': `<${base}/api/notifications/unsubscribe?${query}>`,
              'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
            },
          },
        ];
      }),
    );
  }

  /**
   * A mail about a notification to those who want one per message and have not had one about
   * this item in the last minutes. `compose` words a richer mail for its kind; it must put the
   * unsubscribe it gets into the mail (`paragraphMail` takes it as it is).
   */
  async mailEach(
    userIds: string[],
    content: NotificationContent,
    compose: (person: Recipient, url: string, unsubscribe: Unsubscribe) => MailMessage = (
      person,
      url,
      unsubscribe,
    ) => shortMail(person, content, url, unsubscribe),
  ): Promise<void> {
    const people = await this.wantingMail(await this.claimMail(userIds, content), content.kind);
    const unsubscribes = await this.unsubscribeFor(people, content.kind);
    const url = `${this.config.http.publicUrl}${notificationPath(content)}`;
    for (const person of people) {
      const unsubscribe = unsubscribes.get(person.id);
      if (unsubscribe) await this.mailer.send(compose(person, url, unsubscribe));
    }
  }

  /**
   * The one-click unsubscribe: turns off mail of that stream for the person whose token it is
   * (for the digest, every kind that went into it). False for a token nobody has.
   */
  unsubscribe(token: string, stream: MailStream): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const owner = await tokenOwner(manager, token);
      if (!owner) return false;
      const kinds = stream === 'digest' ? await this.digestKinds(owner, manager) : [stream];
      await turnOffMail(manager, owner, kinds);
      return true;
    });
  }

  /** The kinds that go into this person's daily digest. */
  async digestKinds(
    userId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<NotificationKind[]> {
    return kindsInDigest(manager, userId);
  }
}

/** The plain mail of a notification: its sentence and a link to its page. */
function shortMail(
  person: Recipient,
  content: NotificationContent,
  url: string,
  unsubscribe: Unsubscribe,
): MailMessage {
  const nl = person.locale === 'nl';
  const line = notificationText(content, person.locale);
  return paragraphMail({
    to: person.email,
    subject: line.length > 120 ? `${line.slice(0, 117)}...` : line,
    paragraphs: [nl ? `Hallo ${person.name},` : `Hello ${person.name},`, line, url],
    link: { url, label: nl ? 'Bekijk het in Leerruimte' : 'See it in Leerruimte' },
    ...unsubscribe,
  });
}
