-- timestamps.sql — macros that read a timestamp exactly as the streaming engine does
-- (src/time/parse-timestamp.ts, src/time/copenhagen.ts), for events.sql. Each gives UTC epoch
-- milliseconds, or NULL when the text is not a date.
--
-- The accepted forms, as one regular expression (RE2 syntax; control characters and spaces around the
-- text are ignored):
--   ISO 8601   yyyy-mm-dd, optionally followed by T (or t or a space) and hh:mm, :ss, a fraction after
--              . or , and a zone: Z, ±hh, ±hhmm or ±hh:mm (− U+2212 counts as minus);
--   Danish     d-m-yyyy, d.m.yyyy or d/m/yyyy (one or two digits for day and month, the same
--              separator twice), optionally followed by spaces and h:mm or h.mm, :ss (the same
--              separator again) and a fraction after . or ,.
-- Milliseconds are the first three digits of a fraction; later digits are truncated.
--
-- ISO 8601 with a zone is that instant; without a zone (and every Danish form) it is Europe/Copenhagen
-- local time under the EU summer-time rule (last Sunday of March 01:00 UTC to last Sunday of October
-- 01:00 UTC), applied to every year as the streaming engine does; a local time in the spring gap reads
-- with the winter offset (02:30 → 03:30 summer time), one in the autumn repeat as its first occurrence
-- (summer time). This is integer arithmetic (Howard Hinnant's days_from_civil), not a time-zone
-- database, so every engine and every SQL dialect gives the same instant. (Hinnant splits years into
-- 400-year eras to handle negative years; from year 1 on, which is all that is accepted,
-- days = 365·y + ⌊y/4⌋ − ⌊y/100⌋ + ⌊y/400⌋ + ⌊(153·m′ + 2)/5⌋ + d − 719469 is the same number, with y
-- the year less one in January and February and m′ the month counted from March.)
--
-- Two ways in (events.sql picks one per row):
--   quick_timestamp_ms(ts)    for a text quick_timestamp_shape(ts) accepts: yyyy-mm-ddThh:mm:ss (T or a
--                             space) with ±hh:mm, Z or nothing, every digit a digit, the year not 0000,
--                             the hour at most 23, the offset at most 23:59. DuckDB's own cast reads
--                             those exactly as tvaers does (it would also take 24:00, year 0000, +24:00
--                             or a leading space, which the shape rules out), and it refuses the same
--                             impossible dates (February 30, minute 60, second 60): NULL.
--   general_timestamp_ms(ts)  for any text: the regular expression above with groups, checked part by
--                             part. Slower, so events.sql calls it only for the rows the quick way
--                             does not take (a CASE branch runs on its own rows only).
-- The macros bind intermediate values with single-element list lambdas (list_transform([x], v -> …)[1]),
-- so each is computed once per row.
--
-- DuckDB-specific (→ Spark SQL / Trino): CREATE MACRO (inline the bodies); regexp_extract(s, p,
-- [names]) returns a struct of named groups ('' when a group did not take part) → Spark:
-- regexp_extract(s, p, i) per group; Trino: regexp_extract(s, p, i), NULL rather than '' when the text
-- does not match (wrap in coalesce(…, '')); list_transform(…)[1] → transform(array(…), v -> …)[0] in
-- Spark, transform(ARRAY[…], v -> …)[1] in Trino; a // b (integer division of non-negative numbers) →
-- a div b in Spark, a / b in Trino; epoch_ms(try_cast(ts AS TIMESTAMP)) → unix_millis(to_timestamp(ts))
-- in Spark, to_unixtime(from_iso8601_timestamp(…)) * 1000 in Trino.

-- Local Copenhagen wall-clock milliseconds (as if UTC) of year `yr` → UTC. Summer time runs from 03:00
-- local on the last Sunday of March to 03:00 local on the last Sunday of October; march31 is the day
-- number of March 31 (October 31 is 214 days later); 1970-01-01 was a Thursday, so
-- (days + 4) mod 7 is 0 on Sundays.
CREATE OR REPLACE TEMP MACRO copenhagen_ms(wall, yr) AS
  list_transform(
    [365 * yr + yr // 4 - yr // 100 + yr // 400 + 30 - 719468],
    march31 -> CASE
      WHEN wall >= (march31 - ((march31 + 4) % 7 + 7) % 7) * 86400000 + 10800000
        AND wall < (march31 + 214 - ((march31 + 214 + 4) % 7 + 7) % 7) * 86400000 + 10800000
        THEN wall - 7200000
      ELSE wall - 3600000
    END
  )[1];

-- Whether the quick way reads `ts` (see above).
CREATE OR REPLACE TEMP MACRO quick_timestamp_shape(ts) AS
  regexp_full_match(
    ts,
    '(?:[1-9]\d{3}|0[1-9]\d\d|00[1-9]\d|000[1-9])-\d\d-\d\d[T ](?:[01]\d|2[0-3]):\d\d:\d\d'
      || '(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)?'
  );

-- The quick way: a text quick_timestamp_shape accepts, read by DuckDB's cast; 19 characters long when
-- it has no zone.
CREATE OR REPLACE TEMP MACRO quick_timestamp_ms(ts) AS
  CASE
    WHEN length(ts) = 19 THEN copenhagen_ms(epoch_ms(try_cast(ts AS TIMESTAMP)), CAST(substr(ts, 1, 4) AS BIGINT))
    ELSE epoch_ms(try_cast(ts AS TIMESTAMPTZ))
  END;

-- Every accepted form split into named parts ('' when a part is absent).
CREATE OR REPLACE TEMP MACRO timestamp_parts(ts) AS
  regexp_extract(
    coalesce(ts, ''),
    '^[\x01-\x20]*(?:'
      || '(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?'
      || '(?:([Zz])|([+\x{2212}-])(\d{2})(?::?(\d{2}))?)?)?'
      || '|(\d{1,2})([-./])(\d{1,2})([-./])(\d{4})'
      || '(?: +(\d{1,2})([:.])(\d{2})(?:([:.])(\d{2})(?:[.,](\d+))?)?)?'
      || ')[\x01-\x20]*$',
    ['iy', 'imo', 'id', 'ih', 'imi', 'isec', 'ifr', 'iz', 'isign', 'izh', 'izm',
     'dd', 'dsep1', 'dmo', 'dsep2', 'dy', 'dh', 'dcsep', 'dmi', 'dssep', 'dsec', 'dfr']
  );

-- The parts as numbers; form_ok when the text has one of the accepted forms (a Danish date repeats its
-- separator, and its time too).
CREATE OR REPLACE TEMP MACRO timestamp_fields(p) AS {
  form_ok: p.iy <> '' OR (p.dy <> '' AND p.dsep1 = p.dsep2 AND (p.dssep = '' OR p.dssep = p.dcsep)),
  yr: CAST(CASE WHEN p.iy <> '' THEN p.iy ELSE nullif(p.dy, '') END AS BIGINT),
  mo: CAST(CASE WHEN p.iy <> '' THEN p.imo ELSE nullif(p.dmo, '') END AS BIGINT),
  dy: CAST(CASE WHEN p.iy <> '' THEN p.id ELSE nullif(p.dd, '') END AS BIGINT),
  hh: CAST(coalesce(nullif(p.ih, ''), nullif(p.dh, ''), '0') AS BIGINT),
  mi: CAST(coalesce(nullif(p.imi, ''), nullif(p.dmi, ''), '0') AS BIGINT),
  ss: CAST(coalesce(nullif(p.isec, ''), nullif(p.dsec, ''), '0') AS BIGINT),
  ms: CAST(rpad(substr(coalesce(nullif(p.ifr, ''), p.dfr), 1, 3), 3, '0') AS BIGINT),
  zoned: p.iz <> '' OR p.isign <> '',
  zsign: CASE WHEN p.isign = '+' THEN 1 ELSE -1 END,
  zh: CAST(coalesce(nullif(p.izh, ''), '0') AS BIGINT),
  zm: CAST(coalesce(nullif(p.izm, ''), '0') AS BIGINT)
};

-- Whether the numbers of timestamp_fields make a real date, time and offset.
CREATE OR REPLACE TEMP MACRO timestamp_in_range(f) AS
  f.form_ok
    AND f.yr >= 1
    AND f.mo BETWEEN 1 AND 12
    AND f.dy >= 1
    AND f.dy <= CASE
      WHEN f.mo = 2 THEN CASE WHEN (f.yr % 4 = 0 AND f.yr % 100 <> 0) OR f.yr % 400 = 0 THEN 29 ELSE 28 END
      WHEN f.mo IN (4, 6, 9, 11) THEN 30
      ELSE 31
    END
    AND f.hh <= 23 AND f.mi <= 59 AND f.ss <= 59
    AND f.zh <= 23 AND f.zm <= 59;

-- The wall-clock milliseconds (as if UTC) of timestamp_fields: y is the year counted from March
-- (January and February belong to the year before) and m the month counted from March (0 = March, …,
-- 11 = February).
CREATE OR REPLACE TEMP MACRO timestamp_wall_ms(f) AS
  list_transform(
    [{ y: f.yr - CASE WHEN f.mo <= 2 THEN 1 ELSE 0 END, m: f.mo + CASE WHEN f.mo > 2 THEN -3 ELSE 9 END }],
    c -> (365 * c.y + c.y // 4 - c.y // 100 + c.y // 400 + (153 * c.m + 2) // 5 + f.dy - 719469) * 86400000
      + f.hh * 3600000 + f.mi * 60000 + f.ss * 1000 + f.ms
  )[1];

-- The general way (see above).
CREATE OR REPLACE TEMP MACRO general_timestamp_ms(ts) AS
  list_transform(
    [timestamp_fields(timestamp_parts(ts))],
    f -> CASE
      WHEN NOT timestamp_in_range(f) THEN NULL
      WHEN f.zoned THEN timestamp_wall_ms(f) - f.zsign * (f.zh * 3600000 + f.zm * 60000)
      ELSE list_transform([timestamp_wall_ms(f)], wall -> copenhagen_ms(wall, f.yr))[1]
    END
  )[1];
