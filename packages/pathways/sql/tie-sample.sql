-- tie-sample.sql — how many (case, timestamp) texts occur more than once among the first $sample rows
-- of a log: events of one case at the same time. tvaers reads a log without such ties in the sample
-- without keeping file order (faster), and reads it again in file order should mining find a tie whose
-- order matters after all (scan-csv.ts); the answer changes only the speed, never the result.
--
-- Input: the relation raw_events (scan-csv.sql). Parameter: $sample. Standard SQL but for LIMIT.
SELECT count(*) AS ties
FROM (
  SELECT case_id, ts
  FROM (SELECT case_id, ts FROM raw_events LIMIT $sample)
  GROUP BY case_id, ts
  HAVING count(*) > 1
)
