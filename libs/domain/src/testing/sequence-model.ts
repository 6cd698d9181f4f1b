/**
 * An independent model for the collaborative-editing properties: sequences (a node's text as
 * UTF-16 code units, or a parent's child ids) in which every unit ever inserted keeps an identity
 * and stays in place as a tombstone once deleted. It is driven only by accepted events (plain
 * offsets, no transform) and states what a stale write meant in terms of units, so the specs
 * judge `rebase` without reusing its arithmetic.
 *
 * Placement convention for units inserted by an event: right after the last unit it deleted,
 * or, for a pure insertion, right after the visible unit before it.
 */
export interface ModelUnit {
  id: number;
  unit: string;
  insertedAt: number;
  deletedAt: number | null;
}

/** What a stale write means: the units it deletes and the one just after them. */
export interface WriteIntent {
  deleted: ModelUnit[];
  /** null when the write reaches the end of the sequence. */
  right: ModelUnit | null;
}

export type ExpectedOutcome =
  | { accepted: true; offset: number; deletedText: string }
  | { accepted: false; firstConflict: number };

export class SequenceModel {
  private readonly sequences = new Map<string, ModelUnit[]>();
  private readonly removedSequences = new Map<string, number>();
  private nextId = 0;

  /** Each sequence is a text (split into code units) or a list of units such as node ids. */
  constructor(initial: Readonly<Record<string, string | readonly string[]>>, revision: number) {
    for (const [key, units] of Object.entries(initial)) {
      this.sequences.set(key, this.units(units, revision));
    }
  }

  static isVisibleAt(unit: ModelUnit, revision: number): boolean {
    return unit.insertedAt <= revision && (unit.deletedAt === null || unit.deletedAt > revision);
  }

  visibleAt(key: string, revision: number): ModelUnit[] {
    return this.history(key).filter((unit) => SequenceModel.isVisibleAt(unit, revision));
  }

  visibleUnits(key: string): string[] {
    return this.history(key)
      .filter((unit) => unit.deletedAt === null)
      .map((unit) => unit.unit);
  }

  visibleText(key: string): string {
    return this.visibleUnits(key).join('');
  }

  removedAt(key: string): number | undefined {
    return this.removedSequences.get(key);
  }

  apply(
    key: string,
    offset: number,
    deleteCount: number,
    inserted: string | readonly string[],
    revision: number,
  ): ModelUnit[] {
    const history = this.history(key);
    const visible = history.filter((unit) => unit.deletedAt === null);
    for (const unit of visible.slice(offset, offset + deleteCount)) unit.deletedAt = revision;
    const end = offset + deleteCount;
    const anchor = end > 0 ? history.indexOf(visible[end - 1]) + 1 : 0;
    const added = this.units(inserted, revision);
    history.splice(anchor, 0, ...added);
    return added;
  }

  /** The whole sequence goes, as a node's text does when the node is deleted. */
  remove(key: string, revision: number): void {
    this.removedSequences.set(key, revision);
    for (const unit of this.history(key)) unit.deletedAt ??= revision;
  }

  intent(key: string, baseRevision: number, offset: number, deleteCount: number): WriteIntent {
    const visible = this.visibleAt(key, baseRevision);
    const end = offset + deleteCount;
    return { deleted: visible.slice(offset, end), right: visible[end] ?? null };
  }

  /**
   * The rule under test, in terms of units. A stale write is refused when its sequence was
   * removed since, or
   * - it deletes: a unit it deletes was deleted since, or units were inserted since strictly
   *   between the first and last units it deletes;
   * - it only inserts: some later event deleted both units around its insertion point as they
   *   stood just before that event.
   * Otherwise it lands where its deleted units are now, or just before the unit that followed
   * its insertion point (after everything inserted there since).
   */
  expectedOutcome(
    key: string,
    baseRevision: number,
    intent: WriteIntent,
    now: number,
  ): ExpectedOutcome {
    const conflicts: number[] = [];
    const removedAt = this.removedSequences.get(key);
    if (removedAt !== undefined) conflicts.push(removedAt);
    const history = this.history(key);
    const gap = intent.right === null ? history.length : history.indexOf(intent.right);

    if (intent.deleted.length > 0) {
      for (const unit of intent.deleted) {
        if (unit.deletedAt !== null) conflicts.push(unit.deletedAt);
      }
      const first = history.indexOf(intent.deleted[0]);
      const last = history.indexOf(intent.deleted[intent.deleted.length - 1]);
      for (const unit of history.slice(first + 1, last)) {
        if (unit.insertedAt > baseRevision) conflicts.push(unit.insertedAt);
      }
    } else {
      for (let revision = baseRevision + 1; revision <= now; revision += 1) {
        const before = revision - 1;
        const visibleThen = (unit: ModelUnit) => SequenceModel.isVisibleAt(unit, before);
        const left = history.slice(0, gap).reverse().find(visibleThen);
        const right = history.slice(gap).find(visibleThen);
        if (left?.deletedAt === revision && right?.deletedAt === revision) conflicts.push(revision);
      }
    }
    if (conflicts.length > 0) return { accepted: false, firstConflict: Math.min(...conflicts) };

    const place = intent.deleted.length > 0 ? history.indexOf(intent.deleted[0]) : gap;
    const offset = history.slice(0, place).filter((unit) => unit.deletedAt === null).length;
    const deletedText = intent.deleted.map((unit) => unit.unit).join('');
    return { accepted: true, offset, deletedText };
  }

  private history(key: string): ModelUnit[] {
    const history = this.sequences.get(key);
    if (history === undefined) throw new Error(`the model holds no sequence ${key}`);
    return history;
  }

  private units(units: string | readonly string[], revision: number): ModelUnit[] {
    const list = typeof units === 'string' ? units.split('') : units;
    return list.map((unit) => ({ id: this.nextId++, unit, insertedAt: revision, deletedAt: null }));
  }
}
