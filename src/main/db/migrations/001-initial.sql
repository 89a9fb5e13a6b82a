-- The corpus: articles, the analysts who annotate them, the tag set and the annotations.
-- Offsets (start_u16, end_u16) count UTF-16 code units of article.text.

CREATE TABLE setting (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE analyst (
  id   TEXT PRIMARY KEY,
  name TEXT NOT NULL
) STRICT;

CREATE TABLE article (
  id           INTEGER PRIMARY KEY,
  sha256       TEXT NOT NULL UNIQUE,
  title        TEXT NOT NULL,
  outlet       TEXT,
  url          TEXT,
  published    TEXT,
  language     TEXT,
  text         TEXT NOT NULL,
  raw_text     TEXT NOT NULL,
  removed      TEXT NOT NULL DEFAULT '[]',
  source_file  TEXT NOT NULL,
  imported_at  TEXT NOT NULL
) STRICT;

CREATE TABLE tag (
  name    TEXT PRIMARY KEY,
  label   TEXT NOT NULL,
  color   TEXT NOT NULL,
  key     TEXT NOT NULL,
  builtin INTEGER NOT NULL DEFAULT 0,
  position INTEGER NOT NULL DEFAULT 0
) STRICT;

INSERT INTO tag (name, label, color, key, builtin, position) VALUES
  ('claim',  'Claim',  '#d97706', '1', 1, 1),
  ('quote',  'Quote',  '#2563eb', '2', 1, 2),
  ('figure', 'Figure', '#059669', '3', 1, 3);

CREATE TABLE annotation (
  id          TEXT PRIMARY KEY,
  article_id  INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
  tag         TEXT NOT NULL REFERENCES tag(name) ON UPDATE CASCADE,
  start_u16   INTEGER NOT NULL CHECK (start_u16 >= 0),
  end_u16     INTEGER NOT NULL CHECK (end_u16 > start_u16),
  exact       TEXT NOT NULL,
  prefix      TEXT NOT NULL,
  suffix      TEXT NOT NULL,
  attributes  TEXT NOT NULL DEFAULT '{}',
  note        TEXT NOT NULL DEFAULT '',
  creator_id  TEXT NOT NULL REFERENCES analyst(id),
  created     TEXT NOT NULL,
  modified    TEXT NOT NULL
) STRICT;

CREATE INDEX annotation_by_article ON annotation (article_id, start_u16, end_u16);
