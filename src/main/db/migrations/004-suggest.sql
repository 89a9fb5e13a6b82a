-- Issue 4: bulk tagging and the suggester.

-- Where an annotation came from when a rule or the suggester proposed it and an analyst accepted it:
-- JSON {rule, suggestedAt?, acceptedBy: {id, name}, acceptedAt}. NULL for annotations made by hand.
ALTER TABLE annotation ADD COLUMN provenance TEXT;

-- Suggestions an analyst rejected, so they are never proposed again. Pending suggestions are computed
-- on demand and not stored; a rejection is keyed by where the suggestion stood and what it quoted,
-- so it stops applying if the span ever holds other words.
CREATE TABLE suggestion_rejection (
  article_id  INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
  kind        TEXT NOT NULL,
  start_u16   INTEGER NOT NULL,
  end_u16     INTEGER NOT NULL,
  exact       TEXT NOT NULL,
  rejected_by TEXT NOT NULL REFERENCES analyst(id),
  rejected_at TEXT NOT NULL,
  PRIMARY KEY (article_id, kind, start_u16, end_u16, exact)
) STRICT;

-- Saved tagging rules: per tag, phrases and regular expressions, run on demand with a preview.
CREATE TABLE tag_rule (
  id             INTEGER PRIMARY KEY,
  tag            TEXT NOT NULL REFERENCES tag(name) ON UPDATE CASCADE ON DELETE CASCADE,
  kind           TEXT NOT NULL CHECK (kind IN ('phrase', 'regex')),
  pattern        TEXT NOT NULL CHECK (length(pattern) BETWEEN 1 AND 500),
  case_sensitive INTEGER NOT NULL DEFAULT 0 CHECK (case_sensitive IN (0, 1)),
  whole_word     INTEGER NOT NULL DEFAULT 1 CHECK (whole_word IN (0, 1)),
  created        TEXT NOT NULL,
  UNIQUE (tag, kind, pattern, case_sensitive, whole_word)
) STRICT;
