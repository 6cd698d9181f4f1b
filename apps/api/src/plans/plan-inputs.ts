import { Field, ID, InputType, Int } from '@nestjs/graphql';

/** What every write on an existing plan carries: the plan, the revision its author saw, a retry key. */
@InputType({ isAbstract: true })
export abstract class PlanWriteInput {
  @Field(() => ID) planId!: string;
  @Field(() => Int, { description: 'The plan revision the author saw; concurrent edits are rebased over what landed since' })
  expectedRevision!: number;
  @Field({ description: 'Chosen by the client; retrying with the same id returns the original result' }) commandId!: string;
  @Field(() => String, { nullable: true, description: 'Why (recorded in the history)' }) reason?: string | null;
}

@InputType()
export class CreatePlanInput {
  @Field(() => ID) planId!: string;
  @Field() title!: string;
  @Field() commandId!: string;
  @Field(() => String, { nullable: true }) reason?: string | null;
}

@InputType()
export class ImportPlanTextInput extends PlanWriteInput {
  @Field({ description: 'The whole text of the document (e.g. pasted from Word)' }) text!: string;
  @Field({ description: 'Where the text came from, e.g. a file name' }) sourceLabel!: string;
}

@InputType()
export class SetMetadataInput extends PlanWriteInput {
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) issuingBody?: string | null;
  @Field(() => [String], { nullable: true }) addressees?: string[] | null;
  @Field(() => String, { nullable: true }) date?: string | null;
  @Field(() => String, { nullable: true }) publicationNote?: string | null;
}

@InputType()
export class EditNodeTextInput extends PlanWriteInput {
  @Field(() => ID) nodeId!: string;
  @Field(() => Int, { description: 'UTF-16 offset in the node text as the author saw it' }) offset!: number;
  @Field(() => Int) deleteCount!: number;
  @Field() insertedText!: string;
}

@InputType()
export class InsertNodeInput extends PlanWriteInput {
  @Field(() => ID, { description: 'Chosen by the client (e.g. a UUID)' }) nodeId!: string;
  @Field(() => ID, { nullable: true }) parentId?: string | null;
  @Field(() => Int) index!: number;
  @Field() kind!: string;
  @Field() text!: string;
  @Field(() => [String], { nullable: true }) responsibleUnits?: string[] | null;
}

@InputType()
export class NodeInput extends PlanWriteInput {
  @Field(() => ID) nodeId!: string;
}

@InputType()
export class MoveNodeInput extends PlanWriteInput {
  @Field(() => ID) nodeId!: string;
  @Field(() => ID, { nullable: true }) toParentId?: string | null;
  @Field(() => Int, { description: "The gap among the destination's children before the move: 0 = first" }) toGap!: number;
}

@InputType()
export class ChangeNodeLevelInput extends PlanWriteInput {
  @Field(() => ID) nodeId!: string;
  @Field() toKind!: string;
}

@InputType()
export class SetResponsibleUnitsInput extends PlanWriteInput {
  @Field(() => ID) nodeId!: string;
  @Field(() => [String]) units!: string[];
}

@InputType()
export class StageChangeInput extends PlanWriteInput {}

@InputType()
export class IssuePlanInput extends PlanWriteInput {
  @Field({ description: '发文字号, e.g. 沙府发〔2023〕52号' }) documentNumber!: string;
  @Field({ description: 'yyyy-mm-dd' }) issuedOn!: string;
}

@InputType()
export class TagVersionInput extends PlanWriteInput {
  @Field() name!: string;
  @Field(() => String, { nullable: true }) note?: string | null;
}
