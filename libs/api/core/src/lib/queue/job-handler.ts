import { DiscoveryService } from '@nestjs/core';
import type { JobName } from './jobs';

/** Marks a provider method as the handler of one job: `@JobHandler(JobName.X) async run(payload)`. */
export const JobHandler = DiscoveryService.createDecorator<JobName>();
