import type { PlanDocument } from '@planledger/documents';
import {
  decide,
  evolve,
  initialState,
  planStreamId,
  type PlanCommand,
  type PlanEvent,
  type PlanState,
  type PlanWriteCommand,
  type WriteCommandMeta,
} from '@planledger/domain';
import type { EventStore, Position } from '@planledger/event-store';
import { randomUUID } from 'node:crypto';

type CommandData<C extends PlanWriteCommand> = Omit<C['data'], keyof WriteCommandMeta> & { actor?: string; at?: string; reason?: string };

/**
 * Writes a plan's history the way the app does: commands decided by the domain on the current
 * state, the events appended to the plan stream expecting the revision they were decided on.
 * Specs and benchmarks get events of the real shapes without hand-building them.
 */
export class PlanAuthor {
  private state: PlanState = initialState();
  private lastPosition: Position | undefined;
  private minute = 0;

  private constructor(
    private readonly store: EventStore,
    readonly planId: string,
    private readonly actor: string,
  ) {}

  static async create(store: EventStore, planId: string, title: string, actor = 'u-drafter'): Promise<PlanAuthor> {
    const author = new PlanAuthor(store, planId, actor);
    await author.append({ type: 'CreatePlan', data: { planId, title, actor, at: author.nextInstant() } });
    return author;
  }

  get current(): PlanState {
    return this.state;
  }

  /** The plan's revision: how many events its stream holds. */
  get revision(): number {
    return this.state.revision;
  }

  /** Where the plan's last event sits in the log (to wait for a projection to reach it). */
  get position(): Position {
    if (this.lastPosition === undefined) throw new Error('nothing appended yet');
    return this.lastPosition;
  }

  /** Runs one write command on the current revision and appends what it decides. */
  async run<T extends PlanWriteCommand['type']>(type: T, data: CommandData<Extract<PlanWriteCommand, { type: T }>>): Promise<PlanEvent[]> {
    const { actor = this.actor, at = this.nextInstant(), ...rest } = data;
    const command = { type, data: { ...rest, planId: this.planId, expectedRevision: this.state.revision, actor, at } } as PlanCommand;
    return this.append(command);
  }

  importText(document: PlanDocument, sourceLabel = 'plan.docx'): Promise<PlanEvent[]> {
    return this.run('ImportPlanText', { document, normalizations: [], sourceLabel });
  }

  /** Replaces `deleted` (which must occur in the node's text) by `inserted`. */
  editText(nodeId: string, deleted: string, inserted: string): Promise<PlanEvent[]> {
    const text = this.state.nodes[nodeId]?.text ?? '';
    const offset = text.indexOf(deleted);
    if (offset < 0) throw new Error(`${deleted} is not in ${nodeId}: ${text}`);
    return this.run('EditNodeText', { nodeId, offset, deleteCount: deleted.length, insertedText: inserted });
  }

  private async append(command: PlanCommand): Promise<PlanEvent[]> {
    const events = decide(command, this.state);
    const expected = this.state.revision === 0 ? 'no-stream' : this.state.revision - 1;
    const result = await this.store.append(
      planStreamId(this.planId),
      expected,
      events.map((event) => ({ id: randomUUID(), type: event.type, data: event.data })),
    );
    this.state = events.reduce(evolve, this.state);
    this.lastPosition = result.position;
    return events;
  }

  /** Successive minutes from 2024-03-20 09:00 Beijing time: deterministic, never the clock. */
  private nextInstant(): string {
    const beijing = new Date(Date.UTC(2024, 2, 20, 9, 0) + this.minute++ * 60_000);
    return `${beijing.toISOString().slice(0, 19)}+08:00`;
  }
}
