import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';

@InputType({ description: 'A point of a plan’s history: exactly one of revision, at (ISO instant) or version (name)' })
export class HistoryRefInput {
  @Field(() => Int, { nullable: true }) revision?: number | null;
  @Field(() => String, { nullable: true }) at?: string | null;
  @Field(() => String, { nullable: true, description: 'e.g. 征求意见稿（第1轮）, 送审稿, 印发稿, or a tag' }) version?: string | null;
}

@InputType({ description: 'A plan at a point of its history (the current text when no point is given)' })
export class VersionRefInput extends HistoryRefInput {
  @Field(() => ID) planId!: string;
}

@ObjectType('Version')
export class VersionType {
  @Field() name!: string;
  @Field({ description: 'consultation, review, issued or tag' }) kind!: string;
  @Field(() => Int) revision!: number;
  @Field() at!: string;
  @Field() actor!: string;
  @Field(() => String, { nullable: true }) note!: string | null;
}

@ObjectType('HistoryEntry', { description: 'One event of a plan: who changed what, when and why' })
export class HistoryEntryType {
  @Field(() => Int) revision!: number;
  @Field(() => ID) eventId!: string;
  @Field() type!: string;
  @Field() actor!: string;
  @Field() at!: string;
  @Field({ description: 'When the store recorded it' }) recordedAt!: string;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => String, { nullable: true }) nodeId!: string | null;
  @Field({ description: 'The event data as JSON' }) data!: string;
}

@ObjectType('HistoryPage')
export class HistoryPageType {
  @Field(() => [HistoryEntryType]) entries!: HistoryEntryType[];
  @Field(() => Int, { nullable: true, description: 'Pass as `after` for the next page; null at the end' }) nextAfter!: number | null;
}

@ObjectType('BlameRange')
export class BlameRangeType {
  @Field(() => Int) start!: number;
  @Field(() => Int) end!: number;
  @Field(() => Int) revision!: number;
  @Field() actor!: string;
  @Field() at!: string;
  @Field(() => String, { nullable: true }) reason!: string | null;
}

@ObjectType('NodeBlame')
export class NodeBlameType {
  @Field(() => ID) nodeId!: string;
  @Field() kind!: string;
  @Field() text!: string;
  @Field(() => Int, { description: 'The last event that changed this node in any way' }) lastChangedRevision!: number;
  @Field() lastChangedBy!: string;
  @Field() lastChangedAt!: string;
  @Field(() => String, { nullable: true }) lastChangeReason!: string | null;
  @Field(() => [BlameRangeType], { description: 'Who wrote each character range' }) ranges!: BlameRangeType[];
}

@ObjectType('VerifyFailure')
export class VerifyFailureType {
  @Field() streamId!: string;
  @Field({ description: 'altered, missing, reordered, truncated or head-mismatch' }) reason!: string;
  @Field(() => Int) revision!: number;
}

@ObjectType('VerifyReport', { description: 'Recomputed hash chains: tamper evidence' })
export class VerifyReportType {
  @Field() ok!: boolean;
  @Field(() => Int) eventsChecked!: number;
  @Field(() => [VerifyFailureType]) failures!: VerifyFailureType[];
}
