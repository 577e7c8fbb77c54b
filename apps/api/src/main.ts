import 'reflect-metadata';
import { createRootLogger, loadConfigOrExit } from '@leerruimte/api-core';
import { createHttpApp } from './http-app';

async function main(): Promise<void> {
  const config = loadConfigOrExit('Leerruimte API');
  const logger = createRootLogger('api', config.log.level);
  const app = await createHttpApp(config, logger);
  await app.listen({ port: config.http.port, host: config.http.host });
  logger.info({ url: config.http.publicUrl }, 'Leerruimte API is listening');

  // Nest closes the server (finishing in-flight requests) and the pools on SIGTERM/SIGINT;
  // this only bounds how long that may take.
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      setTimeout(() => {
        logger.error('Shutdown took too long, exiting');
        process.exit(1);
      }, config.shutdownTimeoutMs).unref();
    });
  }
}

main().catch((error: unknown) => {
  console.error('Leerruimte API failed to start:', error);
  process.exit(1);
});
