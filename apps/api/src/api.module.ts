import { type DynamicModule, Module } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type AppConfig, CoreModule } from '@leerruimte/api-core';
import { PlatformModule } from '@leerruimte/api-platform';

/** The feature modules the HTTP API exposes. */
export const apiFeatureModules = [PlatformModule];

@Module({})
export class ApiModule {
  static forRoot(config: AppConfig): DynamicModule {
    const webRoot = resolve(config.web.distPath);
    return {
      module: ApiModule,
      imports: [
        CoreModule.forRoot({ config, processName: 'api', processJobs: false }),
        ...apiFeatureModules,
        // One address for everything: the API also serves the built web app, and every path
        // that is not an API route gets index.html so deep links work.
        ...(existsSync(webRoot)
          ? [
              ServeStaticModule.forRoot({
                rootPath: webRoot,
                exclude: ['/api/{*path}', '/metrics'],
                serveStaticOptions: { maxAge: '1h' },
              }),
            ]
          : []),
      ],
    };
  }
}
