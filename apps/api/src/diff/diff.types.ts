import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { NumericTargetType } from '../documents/document.types';

@ObjectType('DiffNodeRef')
export class DiffNodeRefType {
  @Field() id!: string;
  @Field() kind!: string;
  @Field() number!: string;
  @Field() title!: string;
  @Field(() => [String]) path!: string[];
}

@ObjectType('InlineOp', { description: 'A chunk of the character-level diff inside a clause' })
export class InlineOpType {
  @Field({ description: 'equal, insert or delete' }) op!: string;
  @Field() text!: string;
}

@ObjectType('TargetChange')
export class TargetChangeType {
  @Field({ description: 'changed, added or removed' }) change!: string;
  @Field() indicator!: string;
  @Field(() => NumericTargetType, { nullable: true }) before!: NumericTargetType | null;
  @Field(() => NumericTargetType, { nullable: true }) after!: NumericTargetType | null;
  @Field(() => [String], { description: 'value, comparator, year or unit' }) fields!: string[];
}

@ObjectType('UnitsChange', { description: '责任单位 added and removed' })
export class UnitsChangeType {
  @Field(() => [String]) before!: string[];
  @Field(() => [String]) after!: string[];
  @Field(() => [String]) added!: string[];
  @Field(() => [String]) removed!: string[];
}

@ObjectType('NodeChange')
export class NodeChangeType {
  @Field({ description: 'unchanged, modified, moved, renumbered, added, removed, split or merged' }) status!: string;
  @Field(() => DiffNodeRefType, { nullable: true }) before!: DiffNodeRefType | null;
  @Field(() => DiffNodeRefType, { nullable: true }) after!: DiffNodeRefType | null;
  @Field(() => [InlineOpType]) inline!: InlineOpType[];
  @Field() textChanged!: boolean;
  @Field(() => Float, { nullable: true }) similarity!: number | null;
  @Field(() => [DiffNodeRefType], { description: 'The other pieces of a split or merge' }) related!: DiffNodeRefType[];
  @Field(() => [TargetChangeType]) targets!: TargetChangeType[];
  @Field(() => UnitsChangeType, { nullable: true }) responsibleUnits!: UnitsChangeType | null;
}

@ObjectType('DiffSummary')
export class DiffSummaryType {
  @Field(() => Int) unchanged!: number;
  @Field(() => Int) modified!: number;
  @Field(() => Int) moved!: number;
  @Field(() => Int) renumbered!: number;
  @Field(() => Int) added!: number;
  @Field(() => Int) removed!: number;
  @Field(() => Int) split!: number;
  @Field(() => Int) merged!: number;
}

@ObjectType('MetadataChange')
export class MetadataChangeType {
  @Field() field!: string;
  @Field({ description: 'JSON' }) before!: string;
  @Field({ description: 'JSON' }) after!: string;
}

@ObjectType('Diff', { description: 'Structure-aware diff: clauses matched by identity (same plan) or content (two plans)' })
export class DiffType {
  @Field({ description: 'identity or content' }) match!: string;
  @Field(() => Int) fromRevision!: number;
  @Field(() => Int) toRevision!: number;
  @Field(() => DiffSummaryType) summary!: DiffSummaryType;
  @Field(() => [MetadataChangeType]) metadata!: MetadataChangeType[];
  @Field(() => [NodeChangeType], { description: 'Every clause in reading order of the later text' }) changes!: NodeChangeType[];
  @Field({ description: 'For terminals: [-deleted-]{+inserted+}' }) unified!: string;
  @Field({ description: 'A standalone side-by-side HTML page' }) html!: string;
}
