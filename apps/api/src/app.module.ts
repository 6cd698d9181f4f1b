import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { GraphQLModule, type GraphQLWsSubscriptionsConfig } from '@nestjs/graphql';
import { AuthModule } from './auth/auth.module';
import { AuthResolver } from './auth/auth.resolver';
import { PrincipalGuard } from './auth/principal.guard';
import { AppConfig } from './config';
import { ConsultationModule } from './consultation/consultation.module';
import { HistoryApiModule } from './history/history-api.module';
import { DatabaseModule } from './database/database.module';
import { EventLogModule } from './event-log/event-log.module';
import { formatApiError } from './graphql/error-codes';
import { DEFAULT_HARDENING, queryLimitRules, rateLimitProviders, websocketValidation, type HardeningConfig } from './graphql/hardening';
import { PlansModule } from './plans/plans.module';
import { SeedingService } from './seeding/seeding.service';
import { HealthController } from './health/health.controller';
import { LiveModule } from './live/live.module';
import { ReadModelsModule } from './read-models/read-models.module';
import { SystemResolver } from './system/system.resolver';

/** What Apollo (HTTP: `req`) and graphql-ws (`connectionParams`, `extra`) pass the context function. */
interface TransportContext {
  req?: unknown;
  connectionParams?: unknown;
  extra?: unknown;
}

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, hardening: HardeningConfig = DEFAULT_HARDENING): DynamicModule {
    return {
      module: AppModule,
      imports: [
        DatabaseModule.forRoot(config),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          introspection: config.introspection,
          playground: false,
          includeStacktraceInErrorResponses: false,
          formatError: formatApiError,
          validationRules: queryLimitRules(hardening),
          // Fragments that fan out into millions of selections are refused before any rule walks them.
          maxRecursiveSelections: true,
          // Apollo Sandbox on GET /graphql wherever introspection is on (development).
          plugins: config.introspection ? [ApolloServerPluginLandingPageLocalDefault()] : [],
          // Live collaboration: planChanged / commentAdded over graphql-ws on the same path, with
          // the same validation rules as over HTTP (graphql-ws does not run Apollo's).
          // (Nest's type omits `validate`; it hands every option to graphql-ws's useServer.)
          subscriptions: { 'graphql-ws': { validate: websocketValidation(hardening, config.introspection) } as GraphQLWsSubscriptionsConfig },
          // The principal is resolved per operation by PrincipalGuard from these; only graphql-ws
          // passes `extra`, and its operations are rate-limited by WebsocketRateLimitGuard.
          context: ({ req, connectionParams, extra }: TransportContext) => ({ req, connectionParams, overWebsocket: extra !== undefined }),
        }),
        EventLogModule,
        AuthModule.forRoot(),
        PlansModule,
        HistoryApiModule,
        ConsultationModule,
        LiveModule,
        ReadModelsModule,
      ],
      controllers: [HealthController],
      providers: [
        SystemResolver, AuthResolver, SeedingService, { provide: APP_GUARD, useExisting: PrincipalGuard },
        ...rateLimitProviders(hardening.rateLimit),
      ],
    };
  }
}
