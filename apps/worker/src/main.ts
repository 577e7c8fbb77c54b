import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { once } from 'node:events';
import { JsonLogger, createRootLogger, loadConfigOrExit } from '@leerruimte/api-core';
import { HealthService, Metrics } from '@leerruimte/api-infrastructure';
import { createOpsServer } from './ops-server';
import { WorkerModule } from './worker.module';

async function main(): Promise<void> {
  const config = loadConfigOrExit('Leerruimte worker');
  const logger = createRootLogger('worker', config.log.level);
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    logger: new JsonLogger(logger),
  });
  const ops = createOpsServer(app.get(HealthService), app.get(Metrics), logger, config);
  ops.listen(config.worker.port, config.http.host);
  await once(ops, 'listening');
  logger.info({ port: config.worker.port }, 'Leerruimte worker is running');

  let stopping = false;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, 'Stopping: finishing running jobs');
      setTimeout(() => {
        logger.error('Shutdown took too long, exiting');
        process.exit(1);
      }, config.shutdownTimeoutMs).unref();
      ops.close();
      // app.close() waits for running jobs (JobWorkerHost) and closes the pools.
      app
        .close()
        .then(() => logger.info('Worker stopped'))
        .catch((error: unknown) => {
          logger.error({ err: error }, 'Worker did not stop cleanly');
          process.exitCode = 1;
        });
    });
  }
}

main().catch((error: unknown) => {
  console.error('Leerruimte worker failed to start:', error);
  process.exit(1);
});
