-- Issue 3: per-article status, the analyst's undo history and user settings such as key bindings.

ALTER TABLE article ADD COLUMN status TEXT NOT NULL DEFAULT 'new'
  CHECK (status IN ('new', 'in_progress', 'done'));

-- One step of an analyst's undo history: a create, a delete, a retag, a bulk tagging... Steps of one
-- analyst form a line; `undone` marks the steps after the current point, which redo re-applies.
CREATE TABLE change_step (
  id         INTEGER PRIMARY KEY,
  analyst_id TEXT NOT NULL REFERENCES analyst(id),
  label      TEXT NOT NULL,
  created    TEXT NOT NULL,
  undone     INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1))
) STRICT;

CREATE INDEX change_step_by_analyst ON change_step (analyst_id, undone, id);

-- What one step did to one annotation: its state before and after, as JSON (NULL = did not exist).
CREATE TABLE change_item (
  step_id       INTEGER NOT NULL REFERENCES change_step(id) ON DELETE CASCADE,
  seq           INTEGER NOT NULL,
  annotation_id TEXT NOT NULL,
  article_id    INTEGER NOT NULL,
  before        TEXT,
  after         TEXT,
  PRIMARY KEY (step_id, seq)
) STRICT;
