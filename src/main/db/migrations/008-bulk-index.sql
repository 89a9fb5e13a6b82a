-- Bulk writes of annotations (a bundle import's new rows) add them to the full-text index with one
-- statement per batch instead of one trigger run per row, which cost a third of writing the rows.
-- While this table holds its one row, the insert trigger stands aside; the writer that adds the row
-- indexes the rows it wrote and removes the row again, inside one transaction, so no committed state
-- lacks index entries (annotations.ts, insertAnnotationRows).
CREATE TABLE annotation_fts_deferred (
  only INTEGER PRIMARY KEY CHECK (only = 1)
) STRICT;

DROP TRIGGER annotation_fts_insert;
CREATE TRIGGER annotation_fts_insert AFTER INSERT ON annotation
WHEN NOT EXISTS (SELECT 1 FROM annotation_fts_deferred)
BEGIN
  INSERT INTO annotation_fts (rowid, exact, tag, attributes, note)
    VALUES (new.rowid, new.exact, new.tag, new.attributes, new.note);
END;
