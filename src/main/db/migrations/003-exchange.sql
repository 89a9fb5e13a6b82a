-- Exchange without loss (issue 5): the versions an annotation replaced, the annotations deleted here
-- or in a merged bundle, and the annotations that could not be anchored in a changed article text.

-- Every version of an annotation that this corpus knows was superseded: by an edit here, by a newer
-- version merged from a bundle, by a deletion, or as the losing side of a resolved conflict. The set
-- of `modified` stamps of an id is its lineage: a bundle version whose stamp is in it is old news,
-- and a version whose own lineage holds our current stamp descends from ours. `version` is the JSON
-- of the replaced annotation, or NULL when only its stamp is known (named in a bundle's lineage).
CREATE TABLE annotation_history (
  annotation_id TEXT NOT NULL,
  modified      TEXT NOT NULL,
  version       TEXT,
  PRIMARY KEY (annotation_id, modified)
) STRICT;

-- An edit that changes `modified` keeps the old version, whoever makes it (the editor, undo, a merge).
CREATE TRIGGER annotation_keeps_replaced_version
AFTER UPDATE ON annotation WHEN OLD.modified IS NOT NEW.modified
BEGIN
  INSERT INTO annotation_history (annotation_id, modified, version)
  VALUES (OLD.id, OLD.modified, json_object(
    'tag', OLD.tag, 'start', OLD.start_u16, 'end', OLD.end_u16, 'exact', OLD.exact, 'prefix', OLD.prefix,
    'suffix', OLD.suffix, 'attributes', json(OLD.attributes), 'note', OLD.note, 'creatorId', OLD.creator_id,
    'created', OLD.created, 'modified', OLD.modified))
  ON CONFLICT (annotation_id, modified) DO UPDATE SET version = excluded.version WHERE version IS NULL;
END;

CREATE TRIGGER annotation_keeps_deleted_version
AFTER DELETE ON annotation
BEGIN
  INSERT INTO annotation_history (annotation_id, modified, version)
  VALUES (OLD.id, OLD.modified, json_object(
    'tag', OLD.tag, 'start', OLD.start_u16, 'end', OLD.end_u16, 'exact', OLD.exact, 'prefix', OLD.prefix,
    'suffix', OLD.suffix, 'attributes', json(OLD.attributes), 'note', OLD.note, 'creatorId', OLD.creator_id,
    'created', OLD.created, 'modified', OLD.modified))
  ON CONFLICT (annotation_id, modified) DO UPDATE SET version = excluded.version WHERE version IS NULL;
END;

-- A deleted annotation, so that the deletion travels in bundles and a merged copy does not bring it
-- back. The article is named by the SHA-256 of its text, which survives the article's own deletion.
CREATE TABLE annotation_tombstone (
  annotation_id TEXT PRIMARY KEY,
  article_sha   TEXT NOT NULL,
  deleted       TEXT NOT NULL,
  deleted_by    TEXT
) STRICT;

CREATE INDEX tombstone_by_article ON annotation_tombstone (article_sha);

-- An annotation from a bundle whose article text here differs from the bundle's and that no strategy
-- could anchor. Kept whole (`annotation` is its JSON: id, tag, quote with context, attributes, note,
-- creator, times and lineage) until an analyst re-attaches it by hand. Never dropped.
CREATE TABLE orphan (
  annotation_id TEXT PRIMARY KEY,
  article_id    INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
  annotation    TEXT NOT NULL,
  file          TEXT NOT NULL,
  reason        TEXT NOT NULL
) STRICT;
