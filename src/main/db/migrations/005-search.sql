-- Find and compare (issue 6): full-text indexes over articles and annotations, kept in step by
-- triggers, and stories (articles that report the same event).

-- Article title and text. External content: the index stores only tokens; the text stays in
-- `article`. unicode61 with diacritics removed, so "Zelenskyy" and "Zelenskyý" match alike.
CREATE VIRTUAL TABLE article_fts USING fts5(
  title, text,
  content = 'article', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER article_fts_insert AFTER INSERT ON article BEGIN
  INSERT INTO article_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER article_fts_delete AFTER DELETE ON article BEGIN
  INSERT INTO article_fts (article_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER article_fts_update AFTER UPDATE OF title, text ON article BEGIN
  INSERT INTO article_fts (article_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
  INSERT INTO article_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;

-- Annotation quote, tag, attributes (their JSON tokenises to keys and values) and note. Keyed by
-- the annotation's implicit rowid: nothing here VACUUMs, and a VACUUM that renumbered rowids would
-- be repaired by INSERT INTO annotation_fts (annotation_fts) VALUES ('rebuild').
CREATE VIRTUAL TABLE annotation_fts USING fts5(
  exact, tag, attributes, note,
  content = 'annotation',
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER annotation_fts_insert AFTER INSERT ON annotation BEGIN
  INSERT INTO annotation_fts (rowid, exact, tag, attributes, note)
    VALUES (new.rowid, new.exact, new.tag, new.attributes, new.note);
END;
CREATE TRIGGER annotation_fts_delete AFTER DELETE ON annotation BEGIN
  INSERT INTO annotation_fts (annotation_fts, rowid, exact, tag, attributes, note)
    VALUES ('delete', old.rowid, old.exact, old.tag, old.attributes, old.note);
END;
CREATE TRIGGER annotation_fts_update AFTER UPDATE OF exact, tag, attributes, note ON annotation BEGIN
  INSERT INTO annotation_fts (annotation_fts, rowid, exact, tag, attributes, note)
    VALUES ('delete', old.rowid, old.exact, old.tag, old.attributes, old.note);
  INSERT INTO annotation_fts (rowid, exact, tag, attributes, note)
    VALUES (new.rowid, new.exact, new.tag, new.attributes, new.note);
END;

-- Index what is already in the corpus.
INSERT INTO article_fts (article_fts) VALUES ('rebuild');
INSERT INTO annotation_fts (annotation_fts) VALUES ('rebuild');

-- Stories: articles that report the same event, grouped by an analyst (by hand, or by confirming a
-- suggestion). An article may belong to several stories.
CREATE TABLE story (
  id         INTEGER PRIMARY KEY,
  title      TEXT NOT NULL,
  creator_id TEXT NOT NULL REFERENCES analyst(id),
  created    TEXT NOT NULL
) STRICT;

CREATE TABLE story_article (
  story_id   INTEGER NOT NULL REFERENCES story(id) ON DELETE CASCADE,
  article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
  added      TEXT NOT NULL,
  PRIMARY KEY (story_id, article_id)
) STRICT;

CREATE INDEX story_article_by_article ON story_article (article_id);

-- Search filters by outlet and publication date read these instead of every article row.
CREATE INDEX article_by_outlet ON article (outlet COLLATE NOCASE, published);
CREATE INDEX article_by_published ON article (published);
