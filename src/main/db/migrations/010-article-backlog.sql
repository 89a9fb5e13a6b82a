-- A bundle import's new articles join the full-text index just after the import has answered, as its
-- annotations do (009): indexing the text of 1,000 articles cost two thirds of writing them. Until
-- then their ids are listed here (search-backlog.ts); the triggers leave a listed row alone, as 009's
-- do for annotations, and the insert trigger does not index a new row whose id falls in the backlog
-- (SQLite may give a new article the id of a deleted last one), or catching up would index it twice.
CREATE TABLE article_fts_backlog (
  first_rowid INTEGER NOT NULL,
  last_rowid  INTEGER NOT NULL CHECK (last_rowid >= first_rowid)
) STRICT;

DROP TRIGGER article_fts_insert;
CREATE TRIGGER article_fts_insert AFTER INSERT ON article
WHEN NOT EXISTS (SELECT 1 FROM article_fts_backlog WHERE new.id BETWEEN first_rowid AND last_rowid)
BEGIN
  INSERT INTO article_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;

DROP TRIGGER article_fts_delete;
CREATE TRIGGER article_fts_delete AFTER DELETE ON article
WHEN NOT EXISTS (SELECT 1 FROM article_fts_backlog WHERE old.id BETWEEN first_rowid AND last_rowid)
BEGIN
  INSERT INTO article_fts (article_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;

DROP TRIGGER article_fts_update;
CREATE TRIGGER article_fts_update AFTER UPDATE OF title, text ON article
WHEN NOT EXISTS (SELECT 1 FROM article_fts_backlog WHERE old.id BETWEEN first_rowid AND last_rowid)
BEGIN
  INSERT INTO article_fts (article_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
  INSERT INTO article_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;

-- Bulk writes now drop the annotation insert trigger for their transaction (search-backlog.ts) instead
-- of making it stand aside while annotation_fts_deferred (008) holds a row: that table is never
-- written any more, so the trigger stops asking it on every single insert, and it goes.
DROP TRIGGER annotation_fts_insert;
CREATE TRIGGER annotation_fts_insert AFTER INSERT ON annotation
WHEN NOT EXISTS (SELECT 1 FROM annotation_fts_backlog WHERE new.rowid BETWEEN first_rowid AND last_rowid)
BEGIN
  INSERT INTO annotation_fts (rowid, exact, tag, attributes, note)
    VALUES (new.rowid, new.exact, new.tag, new.attributes, new.note);
END;
DROP TABLE annotation_fts_deferred;
