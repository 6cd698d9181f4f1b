import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DocumentMetadataType } from '../documents/document.types';

@ObjectType('Plan')
export class PlanType {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field({ description: 'drafting, consultation, revising, review or issued' }) stage!: string;
  @Field(() => Int, { description: 'Number of events in the plan stream: pass it back as expectedRevision' }) revision!: number;
  @Field(() => DocumentMetadataType) metadata!: DocumentMetadataType;
  @Field(() => Int) consultationRounds!: number;
  @Field(() => [String], { description: '发文字号 under which the plan (and its amendments) were issued' }) issuedDocumentNumbers!: string[];
}

@ObjectType('CommandResult', { description: 'What a write did. Read-your-writes: queries accept `atLeastRevision`.' })
export class CommandResultType {
  @Field(() => ID) planId!: string;
  @Field(() => Int, { description: 'The plan revision after the command' }) revision!: number;
  @Field(() => Int, { description: 'Events written (0 when nothing changed or when replayed)' }) written!: number;
  @Field({ description: 'True when this commandId had already been applied: the original result' }) replayed!: boolean;
  @Field(() => String, { nullable: true, description: 'Log position of the write: pass as `atLeastPosition` to read it from the read models' })
  position!: string | null;
}
