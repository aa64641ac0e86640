-- actors.sql — every distinct actor of the accepted events with the sector, organisation and cluster
-- the events give it, and how many events each combination has: as read (the keys lift_map is joined
-- on) and trimmed (an empty value is NULL). tvaers lifts each combination to its group at the chosen
-- level (resolving actors against the network, if one is given) and returns the result as the
-- relation lift_map for handoffs.sql; the combinations are few (about one per actor), so trimming
-- here instead of on every event is cheap however long the log is.
--
-- Input: the relation events (the output of events.sql). Standard SQL but for js_trim (js-trim.sql).
SELECT
  actor,
  sector,
  organisation,
  cluster,
  js_trim(actor) AS actor_id,
  nullif(js_trim(sector), '') AS sector_id,
  nullif(js_trim(organisation), '') AS organisation_id,
  nullif(js_trim(cluster), '') AS cluster_id,
  count(*) AS events
FROM events
WHERE status = 'ok'
GROUP BY actor, sector, organisation, cluster
