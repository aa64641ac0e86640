-- scan-parquet.sql — the rows of a Parquet event log as text, in file order, for events.sql (DuckDB).
--
-- tvaers maps the file's column names to the event fields as it does for a CSV header and fills in
-- the {{…}} slots: {{case_id}}, {{ts}}, {{actor}}, {{sector}}, {{organisation}}, {{cluster}} are each
-- a column cast to VARCHAR (or NULL); {{blank}} is true when no column holds a value (js_blank,
-- js-trim.sql). $file is bound.
-- Typed timestamps read as text the way events.sql expects: TIMESTAMP as local Copenhagen time
-- ('2024-03-05 14:07:00'), TIMESTAMP WITH TIME ZONE with its offset (the session time zone is UTC).
-- A row's number (and the "line" of its problems) is its position in the file, from 1: row_no here
-- (used to fetch rejected rows again), and the rowid + 1 of the table filled in file order (see
-- scan-csv.sql).
--
-- DuckDB-specific: read_parquet with file_row_number. Spark SQL: spark.read.parquet(…) with the
-- position carried in the data (or input_file_name() with a per-file row index); Trino: a table over
-- the files with a position column ($path and $file_modified_time do not give the row).
SELECT
  file_row_number + 1 AS row_no,
  {{case_id}} AS case_id,
  {{ts}} AS ts,
  {{actor}} AS actor,
  {{sector}} AS sector,
  {{organisation}} AS organisation,
  {{cluster}} AS cluster,
  {{blank}} AS blank,
  true AS width_ok
FROM read_parquet($file, file_row_number = true)
