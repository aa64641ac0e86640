-- problem-rows.sql — the first rejected rows in file order, so that tvaers can list their problems
-- (file, line, field, message) as the streaming engine does.
--
-- Input: the relation events (the output of events.sql). Parameter: $limit, how many rows at most.
-- Standard SQL (FETCH FIRST; DuckDB and Trino also take LIMIT, Spark SQL only LIMIT).
SELECT row_no
FROM events
WHERE status IN ('width', 'bad')
ORDER BY row_no
FETCH FIRST $limit ROWS ONLY
