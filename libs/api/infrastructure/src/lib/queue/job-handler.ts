import { DiscoveryService } from '@nestjs/core';
import type { JobName, JobPayloads } from './jobs';

/** The payload of one job, as the registry in jobs.ts declares it: never typed again by hand. */
export type JobPayload<Name extends JobName> = JobPayloads[Name];

/** The metadata the JobWorkerHost looks for; `@JobHandler` is its typed front. */
export const jobHandlerMetadata = DiscoveryService.createDecorator<JobName>();

/**
 * Marks a provider method as the handler of one job: `@JobHandler(JobName.X) run(payload)`.
 * The method must take that job's payload (`JobPayload<JobName.X>`), so a handler cannot
 * expect a field its job does not carry. One handler per class, each class in its own file.
 */
export function JobHandler<Name extends JobName>(name: Name) {
  return <Method extends (payload: JobPayload<Name>) => Promise<unknown>>(
    target: object,
    method: string | symbol,
    descriptor: TypedPropertyDescriptor<Method>,
  ): void => {
    jobHandlerMetadata(name)(target, method, descriptor);
  };
}
