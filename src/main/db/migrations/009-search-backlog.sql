-- A bulk import's new annotations join the full-text index just after the import returns, not inside
-- it: indexing 100,000 rows cost a sixth of importing them. Until then their rowids are listed here;
-- `search` brings the index up to date before it reads it, and the host does so as soon as the import
-- has answered (annotations.ts, catchUpSearchIndex). A row in the backlog is not in the index yet, so
-- the triggers that take a changed or deleted row out of the index leave it alone: catching up reads
-- each row as it stands then, and a deleted one is simply not there. Nor does the insert trigger index
-- a row whose rowid falls in the backlog (SQLite may give a new row the rowid of a deleted last one),
-- or catching up would index it twice.
CREATE TABLE annotation_fts_backlog (
  first_rowid INTEGER NOT NULL,
  last_rowid  INTEGER NOT NULL CHECK (last_rowid >= first_rowid)
) STRICT;

DROP TRIGGER annotation_fts_insert;
CREATE TRIGGER annotation_fts_insert AFTER INSERT ON annotation
WHEN NOT EXISTS (SELECT 1 FROM annotation_fts_deferred)
  AND NOT EXISTS (SELECT 1 FROM annotation_fts_backlog WHERE new.rowid BETWEEN first_rowid AND last_rowid)
BEGIN
  INSERT INTO annotation_fts (rowid, exact, tag, attributes, note)
    VALUES (new.rowid, new.exact, new.tag, new.attributes, new.note);
END;

DROP TRIGGER annotation_fts_delete;
CREATE TRIGGER annotation_fts_delete AFTER DELETE ON annotation
WHEN NOT EXISTS (SELECT 1 FROM annotation_fts_backlog WHERE old.rowid BETWEEN first_rowid AND last_rowid)
BEGIN
  INSERT INTO annotation_fts (annotation_fts, rowid, exact, tag, attributes, note)
    VALUES ('delete', old.rowid, old.exact, old.tag, old.attributes, old.note);
END;

DROP TRIGGER annotation_fts_update;
CREATE TRIGGER annotation_fts_update AFTER UPDATE OF exact, tag, attributes, note ON annotation
WHEN NOT EXISTS (SELECT 1 FROM annotation_fts_backlog WHERE old.rowid BETWEEN first_rowid AND last_rowid)
BEGIN
  INSERT INTO annotation_fts (annotation_fts, rowid, exact, tag, attributes, note)
    VALUES ('delete', old.rowid, old.exact, old.tag, old.attributes, old.note);
  INSERT INTO annotation_fts (rowid, exact, tag, attributes, note)
    VALUES (new.rowid, new.exact, new.tag, new.attributes, new.note);
END;
