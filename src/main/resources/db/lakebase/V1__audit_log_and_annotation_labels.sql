-- Lakebase (PostgreSQL) schema of the app's own data; see docs/lakebase.md.
-- Flyway creates the schema lakeside_meta (LakebaseMigrations). Same table and column names as the warehouse's lakeside_meta tables, so the same code reads both.


-- One row per changed value, written in the same transaction as the change (dev.lakeside.audit.AuditTrail).
CREATE TABLE lakeside_meta.audit_log (
    changed_at    TIMESTAMP NOT NULL,
    user_id       VARCHAR   NOT NULL,
    table_name    VARCHAR   NOT NULL,
    row_key       VARCHAR,
    column_name   VARCHAR,
    old_value     VARCHAR,
    new_value     VARCHAR,
    tool          VARCHAR,
    change_set_id VARCHAR,
    change_kind   VARCHAR   NOT NULL CHECK (change_kind IN ('UPDATE', 'INSERT', 'DELETE'))
);
CREATE INDEX audit_log_by_tool ON lakeside_meta.audit_log (tool, changed_at DESC);
CREATE INDEX audit_log_by_change_set ON lakeside_meta.audit_log (change_set_id);

-- Every annotator's answer per item of every task (the warehouse keeps one output table per task).
CREATE TABLE lakeside_meta.annotation_answers (
    task_id       VARCHAR   NOT NULL,
    item_key      VARCHAR   NOT NULL,
    annotator     VARCHAR   NOT NULL,
    label         VARCHAR   NOT NULL,
    note          VARCHAR,
    rating        INTEGER,
    seconds_taken DOUBLE PRECISION,
    labelled_at   TIMESTAMP NOT NULL,
    revision      INTEGER   NOT NULL,
    PRIMARY KEY (task_id, item_key, annotator)
);

-- The adjudicated label of an item, one per item.
CREATE TABLE lakeside_meta.annotation_final_labels (
    task_id     VARCHAR   NOT NULL,
    item_key    VARCHAR   NOT NULL,
    final_label VARCHAR   NOT NULL,
    decided_by  VARCHAR   NOT NULL,
    decided_at  TIMESTAMP NOT NULL,
    PRIMARY KEY (task_id, item_key)
);
