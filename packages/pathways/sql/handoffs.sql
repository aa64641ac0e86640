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
--         repeat; a pair further apart than the gap is no handoff.
--
-- Pathway order: per case by time, ties in file order (row_no), as pm4py's stable sort by case and
-- timestamp does. Each transition is one event and the one before it in its case (LAG).
--
-- Quantiles are Hyndman & Fan's type 7, computed from the sorted waits so that every engine gets
-- the same double: for the waits x₀ ≤ … ≤ xₙ₋₁ of a pair and p, h = (n − 1)·p, and
-- Q = x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋₊₁ − x⌊h⌋), as src/handoffs/quantiles.ts does. (DuckDB's quantile_cont,
-- x⌊h⌋·(1 − d) + x⌊h⌋₊₁·d, is the same number up to the last bit.) p is a DOUBLE, as in JavaScript.
--
-- Standard SQL (window functions, FILTER, IS NOT DISTINCT FROM, ARRAY_AGG … ORDER BY, 1-based array
-- subscripts). Trino runs it as written. Spark SQL: sort_array(collect_list(wait_ms)) for the ordered
-- array (Spark takes no ORDER BY inside an aggregate), element_at(waits, i) for waits[i], a <=> b
-- for IS NOT DISTINCT FROM.
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
    lag(grp) OVER pathway AS from_grp,
    grp AS to_grp,
    lag(grp_sector) OVER pathway AS from_sector,
    grp_sector AS to_sector,
    time_ms - lag(time_ms) OVER pathway AS wait_ms
  FROM lifted
  WINDOW pathway AS (PARTITION BY case_id ORDER BY time_ms, row_no)
),

steps AS (
  SELECT
    *,
    from_grp <> to_grp AND ($max_gap_ms IS NULL OR wait_ms <= $max_gap_ms) AS handoff
  FROM transitions
  WHERE from_grp IS NOT NULL
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
    array_agg(wait_ms ORDER BY wait_ms) FILTER (WHERE handoff) AS waits
  FROM steps
  GROUP BY from_grp, to_grp
),

-- h = (n − 1)·p for the median and the 90th percentile (p a DOUBLE, as in JavaScript).
positions AS (
  SELECT
    *,
    (handoffs - 1) * CAST(0.5 AS DOUBLE) AS h50,
    (handoffs - 1) * CAST(0.9 AS DOUBLE) AS h90
  FROM pairs
)

-- Arrays are 1-based: x⌊h⌋ is waits[⌊h⌋ + 1].
SELECT
  from_grp,
  to_grp,
  transitions,
  handoffs,
  cases,
  sum_ms,
  unknown_sector,
  crossing,
  CAST(waits[CAST(floor(h50) AS BIGINT) + 1] AS DOUBLE) + (h50 - floor(h50))
    * (CAST(waits[least(CAST(floor(h50) AS BIGINT) + 2, handoffs)] AS DOUBLE)
      - CAST(waits[CAST(floor(h50) AS BIGINT) + 1] AS DOUBLE)) AS median_ms,
  CAST(waits[CAST(floor(h90) AS BIGINT) + 1] AS DOUBLE) + (h90 - floor(h90))
    * (CAST(waits[least(CAST(floor(h90) AS BIGINT) + 2, handoffs)] AS DOUBLE)
      - CAST(waits[CAST(floor(h90) AS BIGINT) + 1] AS DOUBLE)) AS p90_ms
FROM positions
