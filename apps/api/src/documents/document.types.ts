import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('DocumentMetadata', { description: 'What the text says about itself: title, 发文字号, 主送机关, 成文日期…' })
export class DocumentMetadataType {
  @Field(() => String, { nullable: true }) title!: string | null;
  @Field(() => String, { nullable: true, description: '发文机关' }) issuingBody!: string | null;
  @Field(() => String, { nullable: true, description: '发文字号, e.g. 沙府发〔2023〕52号' }) documentNumber!: string | null;
  @Field(() => [String], { description: '主送机关' }) addressees!: string[];
  @Field(() => String, { nullable: true, description: '成文日期 (yyyy-mm-dd)' }) date!: string | null;
  @Field(() => String, { nullable: true, description: 'e.g. 此件公开发布' }) publicationNote!: string | null;
  @Field({ description: 'Marked 征求意见稿' }) isConsultationDraft!: boolean;
}

@ObjectType('NumericTarget', { description: 'A numeric goal written in the text, e.g. 食品抽检合格率达到98.2%以上' })
export class NumericTargetType {
  @Field() indicator!: string;
  @Field({ description: '>=, >, =, <= or <' }) comparator!: string;
  @Field(() => Float) value!: number;
  @Field(() => String, { nullable: true }) unit!: string | null;
  @Field(() => Int, { nullable: true }) year!: number | null;
  @Field({ description: 'The exact source text' }) source!: string;
}

@ObjectType('DocumentNode', { description: 'One clause of a document, in reading order; numbering is rendered from position.' })
export class DocumentNodeType {
  @Field({ description: 'Stable identity: survives edits, moves and renumbering' }) id!: string;
  @Field(() => String, { nullable: true }) parentId!: string | null;
  @Field({ description: 'part, section, item, subitem, chapter, division, article, paragraph or bullet' }) kind!: string;
  @Field(() => Int, { description: '0 for top-level nodes' }) depth!: number;
  @Field(() => Int, { description: 'Index among its siblings' }) position!: number;
  @Field({ description: 'As rendered: 一、 （一） 1. （1） 第一条 — or empty' }) number!: string;
  @Field(() => [String], { description: 'Numbers of the ancestors, outermost first' }) path!: string[];
  @Field() title!: string;
  @Field() text!: string;
  @Field(() => [String], { description: '责任单位' }) responsibleUnits!: string[];
  @Field(() => [NumericTargetType]) targets!: NumericTargetType[];
}

@ObjectType('Document', { description: 'A plan text at one revision.' })
export class DocumentType {
  @Field(() => Int, { description: 'The plan revision this text is at' }) revision!: number;
  @Field(() => DocumentMetadataType) metadata!: DocumentMetadataType;
  @Field(() => [DocumentNodeType]) nodes!: DocumentNodeType[];
  @Field({ description: 'The whole text rendered as an official document' }) text!: string;
}
