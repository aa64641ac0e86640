-- report.sql — what reading the log found: rows by status (see events.sql) and the problems they hold.
-- (Distinct cases need no pass of their own: every case of n events has n − 1 transitions, so cases =
-- events − transitions, from handoffs.sql.)
--
-- Input: the relation events (the output of events.sql). Standard SQL.
SELECT
  count(*) FILTER (WHERE status = 'ok') AS events,
  count(*) FILTER (WHERE status IN ('width', 'bad')) AS rejected,
  count(*) FILTER (WHERE status = 'blank') AS blank,
  coalesce(sum(problems), 0) AS problems
FROM events
