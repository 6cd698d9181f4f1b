/**
 * 起草 drafting → 征求意见 consultation → 修改 revising → 审议 review → 印发 issued.
 * Revising may open another consultation round; review may send the text back to revising.
 * An issued plan changes only through an amendment, which re-opens drafting.
 */
export type PlanStage = 'drafting' | 'consultation' | 'revising' | 'review' | 'issued';

export const PLAN_STAGES: readonly PlanStage[] = [
  'drafting',
  'consultation',
  'revising',
  'review',
  'issued',
];

/** The only stages in which the text, its structure and its metadata may change. */
export const EDITABLE_STAGES: readonly PlanStage[] = ['drafting', 'revising'];
