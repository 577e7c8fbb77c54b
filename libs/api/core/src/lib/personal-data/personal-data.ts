import { Injectable } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';

/** A feature's part of "everything the platform holds about you" (AVG/GDPR art. 15 and 20). */
export interface PersonalDataSource {
  personalData(userId: string): Promise<Record<string, unknown>>;
}

/**
 * Marks a provider as a PersonalDataSource. Each feature declares its own data, so the export
 * grows with every feature without the account code knowing about them.
 */
export const PersonalData = DiscoveryService.createDecorator<{ section: string }>();

@Injectable()
export class PersonalDataExport {
  constructor(private readonly discovery: DiscoveryService) {}

  /** Every feature's section, by its name. */
  async collect(userId: string): Promise<Record<string, Record<string, unknown>>> {
    const sources = this.discovery
      .getProviders({ metadataKey: PersonalData.KEY })
      .map((wrapper) => ({
        section: this.discovery.getMetadataByDecorator(PersonalData, wrapper)?.section ?? '',
        source: wrapper.instance as PersonalDataSource,
      }))
      .sort((a, b) => a.section.localeCompare(b.section));
    const sections: Record<string, Record<string, unknown>> = {};
    for (const { section, source } of sources) {
      sections[section] = await source.personalData(userId);
    }
    return sections;
  }
}
