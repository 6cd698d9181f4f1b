import 'reflect-metadata';
import { INestApplication, Logger } from '@nestjs/common';
import { HttpAdapterHost, NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { AppConfig, ConfigError, loadConfig } from './config';
import { ApiExceptionFilter } from './graphql/api-exception.filter';
import { DEFAULT_HARDENING, limitRequestBodies, loadHardeningConfig, type HardeningConfig } from './graphql/hardening';

export async function createApp(config: AppConfig, options: { quiet?: boolean; hardening?: HardeningConfig } = {}): Promise<INestApplication> {
  const hardening = options.hardening ?? DEFAULT_HARDENING;
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, hardening), { logger: options.quiet ? ['error'] : ['error', 'warn', 'log'] });
  app.enableShutdownHooks();
  limitRequestBodies(app, hardening.maxBodyBytes);
  app.useGlobalFilters(new ApiExceptionFilter(app.get(HttpAdapterHost).httpAdapter));
  return app;
}

async function bootstrap(): Promise<void> {
  let config: AppConfig;
  let hardening: HardeningConfig;
  try {
    config = loadConfig();
    hardening = loadHardeningConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`planledger: invalid configuration: ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const app = await createApp(config, { hardening });
  await app.listen(config.port, '0.0.0.0');
  const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${config.dataDir}`;
  new Logger('planledger').log(`API on http://localhost:${config.port}/graphql — ${where}`);
}

if (require.main === module) void bootstrap();
