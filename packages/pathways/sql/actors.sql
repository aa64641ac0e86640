-- actors.sql — every distinct actor of the accepted events with the sector, organisation and cluster
-- the events give it, and how many events each combination has. tvaers lifts each combination to its
-- group at the chosen level (resolving actors against the network, if one is given) and returns the
-- result as the relation lift_map for handoffs.sql; the combinations are few (about one per actor),
-- so this is cheap however long the log is.
--
-- Input: the relation events (the output of events.sql). Standard SQL.
SELECT actor, sector, organisation, cluster, count(*) AS events
FROM events
WHERE status = 'ok'
GROUP BY actor, sector, organisation, cluster
