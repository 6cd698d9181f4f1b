import type { ReadMigration } from '../schema/migration';
import { qualified } from '../schema/read-schema';

export const COMMENTS_MIGRATIONS: readonly ReadMigration[] = [
  {
    version: 1,
    name: 'rounds, comments and comment_dispositions',
    sql: (schema) => `
      CREATE TABLE ${qualified(schema, 'rounds')} (
        round_id text COLLATE "C" PRIMARY KEY,
        plan_id text COLLATE "C" NOT NULL,
        round_number integer NOT NULL,
        consultation_revision integer NOT NULL,
        document_type text NOT NULL,
        deadline date NOT NULL,
        invited_department_ids jsonb NOT NULL,
        late_department_ids jsonb NOT NULL,
        status text NOT NULL,
        opened_at timestamptz NOT NULL,
        opened_by text NOT NULL,
        closed_at timestamptz,
        closed_early boolean,
        close_reason text,
        no_objection_answered jsonb NOT NULL,
        no_objection_recorded jsonb NOT NULL
      );
      CREATE INDEX rounds_by_plan ON ${qualified(schema, 'rounds')} (plan_id, round_number);

      CREATE TABLE ${qualified(schema, 'comments')} (
        round_id text COLLATE "C" NOT NULL,
        department_id text COLLATE "C" NOT NULL,
        comment_id text COLLATE "C" NOT NULL,
        plan_id text COLLATE "C" NOT NULL,
        consultation_revision integer NOT NULL,
        node_id text COLLATE "C" NOT NULL,
        range_start integer,
        range_end integer,
        quote text NOT NULL,
        text text NOT NULL,
        status text NOT NULL,
        withdrawn_reason text,
        late boolean NOT NULL,
        replies_count integer NOT NULL,
        author text NOT NULL,
        submitted_at timestamptz NOT NULL,
        edited_at timestamptz,
        disposition text,
        disposition_reason text,
        implemented_by jsonb NOT NULL,
        disposed_at timestamptz,
        disposed_by text,
        CONSTRAINT comments_pkey PRIMARY KEY (round_id, department_id, comment_id)
      );
      CREATE INDEX comments_by_plan_node ON ${qualified(schema, 'comments')} (plan_id, node_id);

      CREATE TABLE ${qualified(schema, 'comment_dispositions')} (
        event_id uuid PRIMARY KEY,
        round_id text COLLATE "C" NOT NULL,
        department_id text COLLATE "C" NOT NULL,
        comment_id text COLLATE "C" NOT NULL,
        disposition text NOT NULL,
        reason text,
        implemented_by jsonb NOT NULL,
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL,
        position text COLLATE "C" NOT NULL
      );
      CREATE INDEX comment_dispositions_by_comment ON ${qualified(schema, 'comment_dispositions')} (round_id, department_id, comment_id, position);
    `,
  },
];
