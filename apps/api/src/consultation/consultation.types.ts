import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ConsultationRound')
export class RoundType {
  @Field(() => ID) id!: string;
  @Field(() => ID) planId!: string;
  @Field(() => Int) roundNumber!: number;
  @Field({ description: 'open or closed' }) status!: string;
  @Field(() => Int, { description: 'The plan revision frozen as this round’s 征求意见稿' }) consultationRevision!: number;
  @Field({ description: 'normativeDocument (规范性文件), regulation (规章) or majorDecision (重大行政决策)' }) documentType!: string;
  @Field({ description: 'Last day answers are accepted (yyyy-mm-dd, Beijing time)' }) deadline!: string;
  @Field(() => [String]) invitedDepartmentIds!: string[];
  @Field(() => [String]) lateDepartmentIds!: string[];
  @Field(() => String, { nullable: true }) closedAt!: string | null;
  @Field(() => [String], { description: '逾期未反馈，视为无意见' }) noObjectionDepartmentIds!: string[];
}

@ObjectType('Department')
export class DepartmentType {
  @Field(() => ID) id!: string;
  @Field({ description: 'e.g. 区市场监管局' }) name!: string;
}

@InputType()
export class RegisterDepartmentInput {
  @Field() name!: string;
  @Field() commandId!: string;
}

@ObjectType('TextRange')
export class TextRangeType {
  @Field(() => Int) start!: number;
  @Field(() => Int) end!: number;
}

@ObjectType('CommentReply')
export class ReplyType {
  @Field(() => ID) replyId!: string;
  @Field() text!: string;
  @Field({ description: 'drafter or department' }) side!: string;
  @Field() authorUserId!: string;
  @Field() at!: string;
}

@ObjectType('Disposition')
export class DispositionType {
  @Field({ description: 'adopted (采纳), partlyAdopted (部分采纳), notAdopted (不采纳) or alreadyCovered (已有体现)' })
  disposition!: string;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => [Int], { description: 'Plan revisions that carry the comment out' }) implementedByRevisions!: number[];
  @Field(() => [String], { description: 'Plan event ids that carry the comment out' }) implementedByEventIds!: string[];
  @Field() recordedBy!: string;
  @Field() at!: string;
}

@ObjectType('Comment')
export class CommentType {
  @Field(() => ID) id!: string;
  @Field(() => ID) roundId!: string;
  @Field() departmentId!: string;
  @Field(() => ID) nodeId!: string;
  @Field(() => TextRangeType, { nullable: true, description: 'In the consultation version; null for the whole clause' }) range!: TextRangeType | null;
  @Field(() => String, { nullable: true }) quote!: string | null;
  @Field() text!: string;
  @Field() authorUserId!: string;
  @Field() submittedAt!: string;
  @Field() late!: boolean;
  @Field() withdrawn!: boolean;
  @Field(() => [ReplyType]) replies!: ReplyType[];
  @Field(() => DispositionType, { nullable: true }) disposition!: DispositionType | null;
  @Field(() => [DispositionType]) dispositionHistory!: DispositionType[];
}

@ObjectType('AdoptionReportRow')
export class AdoptionReportRowType {
  @Field(() => Int, { description: '序号' }) number!: number;
  @Field({ description: '条款 (numbering in the consultation version)' }) clause!: string;
  @Field({ description: '原文' }) original!: string;
  @Field({ description: '意见建议' }) comment!: string;
  @Field({ description: '提出单位' }) department!: string;
  @Field({ description: '采纳情况' }) disposition!: string;
  @Field({ description: '理由' }) reason!: string;
  @Field({ description: '修改后文本' }) revisedText!: string;
}

@ObjectType('AdoptionReport', { description: '意见采纳情况表, generated from the events of a round' })
export class AdoptionReportType {
  @Field(() => ID) roundId!: string;
  @Field(() => [AdoptionReportRowType]) rows!: AdoptionReportRowType[];
  @Field({ description: 'e.g. 共收到意见12条，采纳7条，部分采纳2条，不采纳3条，已有体现0条' }) summary!: string;
  @Field(() => [String], { description: 'Departments recorded or answering as 无意见' }) noObjectionDepartments!: string[];
  @Field() markdown!: string;
  @Field({ description: 'UTF-8 with BOM, RFC 4180' }) csv!: string;
  @Field({ description: 'The Word document, base64' }) docxBase64!: string;
}

@InputType()
export class OpenRoundInput {
  @Field(() => ID) planId!: string;
  @Field({ description: 'normativeDocument, regulation or majorDecision' }) documentType!: string;
  @Field(() => [String]) invitedDepartmentIds!: string[];
  @Field({ description: 'yyyy-mm-dd' }) deadline!: string;
  @Field() commandId!: string;
}

@InputType()
export class RoundInput {
  @Field(() => ID) roundId!: string;
  @Field() commandId!: string;
  @Field(() => String, { nullable: true }) reason?: string | null;
}

@InputType()
export class AllowLateSubmissionInput extends RoundInput {
  @Field() departmentId!: string;
}

@InputType()
export class TextRangeInput {
  @Field(() => Int) start!: number;
  @Field(() => Int) end!: number;
}

@InputType()
export class FeedbackInput {
  @Field(() => ID) roundId!: string;
  @Field({ description: 'The department the comment is from' }) departmentId!: string;
  @Field() commandId!: string;
}

@InputType()
export class SubmitCommentInput extends FeedbackInput {
  @Field(() => ID, { description: 'Chosen by the client' }) commentId!: string;
  @Field(() => ID) nodeId!: string;
  @Field(() => TextRangeInput, { nullable: true }) range?: TextRangeInput | null;
  @Field(() => String, { nullable: true, description: 'The selected words; must equal the consultation text at `range`' })
  quotedText?: string | null;
  @Field() text!: string;
}

@InputType()
export class CommentTextInput extends FeedbackInput {
  @Field(() => ID) commentId!: string;
  @Field() text!: string;
}

@InputType()
export class WithdrawCommentInput extends FeedbackInput {
  @Field(() => ID) commentId!: string;
  @Field(() => String, { nullable: true }) reason?: string | null;
}

@InputType()
export class ReplyInput extends FeedbackInput {
  @Field(() => ID) commentId!: string;
  @Field(() => ID) replyId!: string;
  @Field() text!: string;
}

@InputType()
export class RecordDispositionInput extends FeedbackInput {
  @Field(() => ID) commentId!: string;
  @Field({ description: 'adopted, partlyAdopted, notAdopted or alreadyCovered' }) disposition!: string;
  @Field(() => String, { nullable: true, description: 'Required for partlyAdopted and notAdopted' }) reason?: string | null;
  @Field(() => [Int], { nullable: true, description: 'Plan revisions that implement the comment' }) implementedByRevisions?: number[] | null;
}

@ObjectType('ConsultationResult')
export class ConsultationResultType {
  @Field(() => ID) streamId!: string;
  @Field(() => Int) revision!: number;
  @Field(() => Int) written!: number;
  @Field() replayed!: boolean;
  @Field(() => String, { nullable: true, description: 'Log position of the write (see CommandResult.position)' }) position!: string | null;
}
