-- Search filters (issue 6) read these instead of every row: an article's status; the annotations
-- with a tag, or by an analyst, for each article ("articles that have such an annotation" is one
-- seek per matching article, and the annotations a filter allows are read without their rows).
CREATE INDEX article_by_status ON article (status);
CREATE INDEX annotation_by_tag ON annotation (tag, article_id);
CREATE INDEX annotation_by_creator ON annotation (creator_id, article_id);
