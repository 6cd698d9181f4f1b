import type { WriteCommandMeta } from '../../shared/command-meta';

/**
 * Names a revision of the plan, e.g. 专家论证稿. Allowed in every stage, issued included: a tag
 * changes no text. Names are unique per plan and may not take the shape of the names given
 * automatically (征求意见稿（第1轮）, 送审稿, 印发稿, 第1次修订 …).
 */
export interface TagVersion {
  type: 'TagVersion';
  data: WriteCommandMeta & {
    name: string;
    note?: string;
    /**
     * The revision whose text is named (1 = the plan's first event). Default: the revision the
     * author saw, `expectedRevision`; rebase keeps a stale tag on that revision, so a tag always
     * names the text its author was looking at.
     */
    revision?: number;
  };
}
