import { Inject } from '@nestjs/common';
import { Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Database } from '@planledger/event-store';
import { DATABASE } from '../database/database.module';

@ObjectType('ServerInfo')
class ServerInfo {
  @Field() version!: string;
  @Field({ description: '"pglite" (embedded) or "postgres"' }) database!: string;
}

@Resolver(() => ServerInfo)
export class SystemResolver {
  constructor(@Inject(DATABASE) private readonly database: Database) {}

  @Query(() => ServerInfo, { description: 'What is serving this API.' })
  serverInfo(): ServerInfo {
    return { version: process.env.npm_package_version ?? '0.1.0', database: this.database.kind };
  }
}
