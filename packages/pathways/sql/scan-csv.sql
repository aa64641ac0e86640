-- scan-csv.sql — the rows of a CSV event log as text, in file order, for events.sql (DuckDB).
--
-- tvaers reads the header itself (separator, column names, the column mapping) and fills in the
-- {{…}} slots: {{columns}} declares every header column (c1, c2, …) plus one more, c_extra, as
-- VARCHAR; {{case_id}}, {{ts}}, {{actor}}, {{sector}}, {{organisation}}, {{cluster}} name the column
-- of each field (or NULL); {{blank}} is true when no field holds a value; {{width_ok}} when the row
-- has exactly the header's number of fields; {{parallel}} is false when quoted fields hold line breaks.
-- $file, $skip (the lines up to and including the header), $delim and $nullstr are bound; {{blank}}
-- uses js_blank (js-trim.sql).
--
-- `nullstr` is set to a text no file holds, so an empty field reads as '' and only a field the row
-- lacks reads as NULL (null_padding): that is how a short row is told from one with empty values, and
-- c_extra catches a row with one field too many. strict_mode makes DuckDB refuse anything else a
-- strict CSV parser would (unclosed quotes, text after a closing quote, two or more extra fields,
-- bytes that are not UTF-8); tvaers then reads the log with its own CSV reader instead.
--
-- File order, which breaks ties in time (handoffs.sql): DuckDB keeps the insertion order of a scan
-- in CREATE TABLE … AS (preserve_insertion_order, on by default), also when it reads in parallel, so
-- the table filled from this scan has its rows in file order and its rowid numbers them; tvaers
-- exposes rowid + 1 as the column row_no of the relation events.
--
-- DuckDB-specific: read_csv and its options, rowid. Spark SQL: spark.read.option("header", true)
-- .option("sep", …).csv(…) registered as raw_events, with monotonically_increasing_id() (ordered, not
-- dense) or the row's position carried in the data as row_no; Trino: a Hive/Iceberg table over the
-- files with a position column written when the data were loaded.
SELECT
  {{case_id}} AS case_id,
  {{ts}} AS ts,
  {{actor}} AS actor,
  {{sector}} AS sector,
  {{organisation}} AS organisation,
  {{cluster}} AS cluster,
  {{blank}} AS blank,
  {{width_ok}} AS width_ok
FROM read_csv(
  $file,
  auto_detect = false,
  header = false,
  skip = $skip,
  delim = $delim,
  quote = '"',
  escape = '"',
  columns = {{columns}},
  null_padding = true,
  strict_mode = true,
  nullstr = $nullstr,
  parallel = {{parallel}}
)
