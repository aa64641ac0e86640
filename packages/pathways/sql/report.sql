-- report.sql — what reading the log found: rows by status (see events.sql), the problems they hold,
-- and the distinct cases among accepted events.
--
-- Input: the relation events (the output of events.sql). Standard SQL.
SELECT
  count(*) FILTER (WHERE status = 'ok') AS events,
  count(DISTINCT case_id) FILTER (WHERE status = 'ok') AS cases,
  count(*) FILTER (WHERE status IN ('width', 'bad')) AS rejected,
  count(*) FILTER (WHERE status = 'blank') AS blank,
  coalesce(sum(problems), 0) AS problems
FROM events
