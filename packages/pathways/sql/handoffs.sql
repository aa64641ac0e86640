-- handoffs.sql — handoffs between groups (actors, or organisations, sectors, clusters or kinds),
-- exactly as the streaming engine counts them (packages/pathways/src/handoffs/accumulator.ts).
--
-- Input:  events (the output of events.sql) and lift_map(actor, sector, organisation, cluster, grp,
--         grp_sector): each combination of an actor and its event's sector, organisation and cluster
--         (see actors.sql) with its group's number and its sector's number (-1 when unknown).
-- Parameter: $max_gap_ms — consecutive events of different groups further apart are no handoff
--         (NULL: no limit).
-- Output: one row per ordered pair of groups that follow each other in some case: every transition,
--         and of those the handoffs with their distinct cases, waits (median and 90th percentile, and
--         the exact sum, in milliseconds) and sectors crossed. A pair of one group with itself is a
--         repeat; a pair further apart than the gap is no handoff. ties_across counts the transitions
--         between two events at the same time whose groups or sectors differ: the only ones whose
--         order (file order, row_no) changes the result.
--
-- Pathway order: per case by time, ties in file order (row_no), as pm4py's stable sort by case and
-- timestamp does. Each transition is one event and the one before it in its case (LAG). The window is
-- one order over the whole log (case, time, row_no), and a row whose predecessor belongs to another case
-- begins its case: DuckDB sorts that in parallel faster than it handles a million tiny partitions of a
-- few events each. On a distributed engine (Spark SQL, Trino) write the window as
-- (PARTITION BY case_id ORDER BY time_ms, row_no) instead, so that cases spread over the workers; the
-- result is the same.
--
-- Quantiles are Hyndman & Fan's type 7 (PERCENTILE_CONT: for the sorted waits x₀ ≤ … ≤ xₙ₋₁ of a pair
-- and p, h = (n − 1)·p, d = h − ⌊h⌋, and Q interpolates linearly between x⌊h⌋ and x⌊h⌋₊₁), as
-- src/handoffs/quantiles.ts computes them. DuckDB writes the interpolation as x⌊h⌋·(1 − d) + x⌊h⌋₊₁·d,
-- the stream engine as x⌊h⌋ + d·(x⌊h⌋₊₁ − x⌊h⌋): for the median (d is 0 or ½) both give the same
-- double; for the 90th percentile they may differ in the last bit (a relative difference below 1e-15). The mean is
-- exact in both: the sum here, divided by the count in tvaers.
--
-- Standard SQL (window functions, FILTER, PERCENTILE_CONT … WITHIN GROUP, IS NOT DISTINCT FROM).
-- Spark SQL 3.3+ runs it as written (or with percentile(wait_ms, 0.5), and a <=> b); Trino has no exact
-- percentile: approx_percentile(wait_ms, 0.5) there, or the order statistics by row_number().
WITH lifted AS (
  SELECT e.case_id, e.time_ms, e.row_no, m.grp, m.grp_sector
  FROM events AS e
  JOIN lift_map AS m
    ON e.actor = m.actor
    AND e.sector IS NOT DISTINCT FROM m.sector
    AND e.organisation IS NOT DISTINCT FROM m.organisation
    AND e.cluster IS NOT DISTINCT FROM m.cluster
  WHERE e.status = 'ok'
),

transitions AS (
  SELECT
    case_id,
    lag(case_id) OVER pathway AS from_case,
    lag(grp) OVER pathway AS from_grp,
    grp AS to_grp,
    lag(grp_sector) OVER pathway AS from_sector,
    grp_sector AS to_sector,
    time_ms - lag(time_ms) OVER pathway AS wait_ms
  FROM lifted
  WINDOW pathway AS (ORDER BY case_id, time_ms, row_no)
),

steps AS (
  SELECT
    *,
    from_grp <> to_grp AND ($max_gap_ms IS NULL OR wait_ms <= $max_gap_ms) AS handoff
  FROM transitions
  WHERE from_case = case_id
),

pairs AS (
  SELECT
    from_grp,
    to_grp,
    count(*) AS transitions,
    count(*) FILTER (WHERE handoff) AS handoffs,
    count(DISTINCT case_id) FILTER (WHERE handoff) AS cases,
    sum(wait_ms) FILTER (WHERE handoff) AS sum_ms,
    count(*) FILTER (WHERE handoff AND (from_sector < 0 OR to_sector < 0)) AS unknown_sector,
    count(*) FILTER (WHERE handoff AND from_sector >= 0 AND to_sector >= 0 AND from_sector <> to_sector)
      AS crossing,
    count(*) FILTER (WHERE wait_ms = 0 AND (from_grp <> to_grp OR from_sector <> to_sector)) AS ties_across,
    percentile_cont(0.5) WITHIN GROUP (ORDER BY wait_ms) FILTER (WHERE handoff) AS median_ms,
    percentile_cont(0.9) WITHIN GROUP (ORDER BY wait_ms) FILTER (WHERE handoff) AS p90_ms
  FROM steps
  GROUP BY from_grp, to_grp
)

SELECT * FROM pairs
