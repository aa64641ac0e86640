-- events.sql — checks every row of an event log and reads its timestamp, exactly as the streaming
-- engine does (packages/pathways/src/events/raw-event.ts and src/time/parse-timestamp.ts).
--
-- Input:  a relation raw_events(case_id, ts, actor, sector, organisation, cluster, blank, width_ok):
--         the fields as text, `blank` when no field of the row holds a value, `width_ok` when the row
--         has as many fields as the header.
-- Output: one row per input row, in the same order: status 'ok', 'blank' (skipped), 'width' or 'bad' (rejected);
--         problems (how many problems the row has: 1 for a wrong width, else one per empty case id,
--         unreadable timestamp, empty actor); and for 'ok' rows the trimmed case_id, the actor,
--         sector, organisation and cluster as read (few distinct values: actors.sql trims them), and
--         time_ms (UTC epoch ms). Values are trimmed and tested for emptiness with js_trim and
--         js_blank (js-trim.sql), as JavaScript's String.prototype.trim does; timestamps are read by
--         the macros of timestamps.sql: the quick way for the common ISO form, the general way for
--         every other text, so only the rows that need it pay for the general way.
--
-- Standard SQL but for the macros (js-trim.sql and timestamps.sql say how to write them elsewhere).
WITH shapes AS (
  SELECT
    blank,
    width_ok,
    js_trim(case_id) AS case_id,
    actor,
    sector,
    organisation,
    cluster,
    ts,
    quick_timestamp_shape(ts) AS quick
  FROM raw_events
),

times AS (
  SELECT
    *,
    CASE WHEN coalesce(quick, false) THEN quick_timestamp_ms(ts) ELSE general_timestamp_ms(ts) END AS time_ms
  FROM shapes
),

checked AS (
  SELECT
    *,
    CASE
      WHEN blank THEN 0
      WHEN NOT width_ok THEN 1
      ELSE (coalesce(case_id, '') = '')::INTEGER + (time_ms IS NULL)::INTEGER + js_blank(actor)::INTEGER
    END AS problems
  FROM times
)

SELECT
  CASE WHEN blank THEN 'blank' WHEN NOT width_ok THEN 'width' WHEN problems > 0 THEN 'bad' ELSE 'ok' END AS status,
  problems,
  case_id,
  actor,
  sector,
  organisation,
  cluster,
  time_ms
FROM checked
