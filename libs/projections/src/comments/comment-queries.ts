import type { DataSource, Repository } from 'typeorm';
import { CommentDispositionRow } from './comment-disposition.entity';
import { CommentRow } from './comment.entity';
import { RoundRow } from './round.entity';

export interface CommentFilter {
  departmentId?: string;
  nodeId?: string;
  status?: 'active' | 'withdrawn';
}

/** Reads of rounds, comments and comment_dispositions. */
export class CommentQueries {
  private readonly rounds: Repository<RoundRow>;
  private readonly comments: Repository<CommentRow>;
  private readonly dispositions: Repository<CommentDispositionRow>;

  constructor(dataSource: DataSource) {
    this.rounds = dataSource.getRepository(RoundRow);
    this.comments = dataSource.getRepository(CommentRow);
    this.dispositions = dataSource.getRepository(CommentDispositionRow);
  }

  round(roundId: string): Promise<RoundRow | null> {
    return this.rounds.findOneBy({ roundId });
  }

  roundsOfPlan(planId: string): Promise<RoundRow[]> {
    return this.rounds.find({ where: { planId }, order: { roundNumber: 'ASC' } });
  }

  /** A round's comments in the order they were submitted. */
  commentsOfRound(roundId: string, filter: CommentFilter = {}): Promise<CommentRow[]> {
    return this.comments.find({ where: { roundId, ...filter }, order: { submittedAt: 'ASC', departmentId: 'ASC', commentId: 'ASC' } });
  }

  /** Every comment on a node of the plan, across rounds. */
  commentsOnNode(planId: string, nodeId: string): Promise<CommentRow[]> {
    return this.comments.find({ where: { planId, nodeId }, order: { submittedAt: 'ASC', commentId: 'ASC' } });
  }

  comment(roundId: string, departmentId: string, commentId: string): Promise<CommentRow | null> {
    return this.comments.findOneBy({ roundId, departmentId, commentId });
  }

  /** Every disposition the comment was given, oldest first. */
  dispositionHistory(roundId: string, departmentId: string, commentId: string): Promise<CommentDispositionRow[]> {
    return this.dispositions.find({ where: { roundId, departmentId, commentId }, order: { position: 'ASC' } });
  }
}
