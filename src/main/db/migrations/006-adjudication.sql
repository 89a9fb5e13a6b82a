-- Adjudication (issue 5): which version of two analysts' spans the adjudicating analyst kept. The
-- rejected version is deleted through the editor's path (tombstone, history, undo step); this table
-- remembers the decision itself, so that a kept span, or both spans kept, no longer shows as a
-- disagreement. A decision belongs to its undo step: it is in force while the step is done, undo
-- suspends it, and a new step that forgets the undone ones forgets it too (ON DELETE CASCADE).
CREATE TABLE adjudication_decision (
  step_id      INTEGER PRIMARY KEY REFERENCES change_step(id) ON DELETE CASCADE,
  article_id   INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
  analyst_a    TEXT NOT NULL,
  analyst_b    TEXT NOT NULL,
  -- The row's annotations when decided (NULL: that side had none).
  annotation_a TEXT,
  annotation_b TEXT,
  decision     TEXT NOT NULL CHECK (decision IN ('a', 'b', 'both')),
  decided      TEXT NOT NULL
) STRICT;

CREATE INDEX adjudication_by_article ON adjudication_decision (article_id);
