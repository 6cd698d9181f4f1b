import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('PlanSummary', { description: 'A plan as listed (from the plans read model)' })
export class PlanSummaryType {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) title!: string | null;
  @Field() stage!: string;
  @Field(() => String, { nullable: true }) documentNumber!: string | null;
  @Field(() => Int) revision!: number;
  @Field(() => Int) consultationRounds!: number;
  @Field() updatedAt!: string;
  @Field() updatedBy!: string;
}

@ObjectType('PlanPage')
export class PlanPageType {
  @Field(() => [PlanSummaryType]) plans!: PlanSummaryType[];
  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page; null at the end' }) endCursor!: string | null;
}

@ObjectType('DepartmentTask', { description: 'An item that lists the department among its 责任单位' })
export class DepartmentTaskType {
  @Field(() => ID) planId!: string;
  @Field(() => ID) nodeId!: string;
  @Field() departmentId!: string;
  @Field() departmentName!: string;
  @Field() number!: string;
  @Field({ description: 'The full numbering path, e.g. 二、（一）1.' }) label!: string;
  @Field() title!: string;
}
