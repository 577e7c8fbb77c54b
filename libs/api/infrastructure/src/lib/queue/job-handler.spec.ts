import { type JobPayload, JobHandler, jobHandlerMetadata } from './job-handler';
import { JobName } from './jobs';

class ExportJob {
  @JobHandler(JobName.ReportExport)
  async run({ exportId }: JobPayload<JobName.ReportExport>): Promise<string> {
    return exportId;
  }
}

class WrongPayloadJob {
  // The type-check (part of npm test) fails if a handler may expect what its job does not carry.
  // @ts-expect-error: a reflection mail carries an occurrenceId, not a momentId
  @JobHandler(JobName.ReflectionMail)
  async run({ momentId }: { momentId: string }): Promise<string> {
    return momentId;
  }
}

describe(JobHandler.name, () => {
  it('marks the method with its job name, for the worker host to find', () => {
    const metadata = Reflect.getMetadata(jobHandlerMetadata.KEY, ExportJob.prototype.run);
    expect(metadata).toBe(JobName.ReportExport);
    expect(Reflect.getMetadata(jobHandlerMetadata.KEY, WrongPayloadJob.prototype.run)).toBe(
      JobName.ReflectionMail,
    );
  });
});
