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
--         js_blank (js-trim.sql), as JavaScript's String.prototype.trim does.
--
-- The accepted timestamp forms, as one regular expression (RE2 syntax; control characters and spaces
-- around the text are ignored):
--   ISO 8601   yyyy-mm-dd, optionally followed by T (or t or a space) and hh:mm, :ss, a fraction after
--              . or , and a zone: Z, ±hh, ±hhmm or ±hh:mm (− U+2212 counts as minus);
--   Danish     d-m-yyyy, d.m.yyyy or d/m/yyyy (one or two digits for day and month, the same
--              separator twice), optionally followed by spaces and h:mm or h.mm, :ss (the same
--              separator again) and a fraction after . or ,.
--
-- Timestamps: ISO 8601 with a zone is that instant; without a zone (and every Danish form) it is
-- Europe/Copenhagen local time under the EU summer-time rule (last Sunday of March 01:00 UTC to last
-- Sunday of October 01:00 UTC), applied to every year as the streaming engine does; a local time in
-- the spring gap reads with the winter offset (02:30 → 03:30 summer time), one in the autumn repeat as
-- its first occurrence (summer time). This is integer arithmetic (Howard Hinnant's days_from_civil),
-- not a time-zone database, so every engine and every SQL dialect gives the same instant. (Hinnant
-- splits years into 400-year eras to handle negative years; from year 1 on, which is all that is
-- accepted, days = 365·y + ⌊y/4⌋ − ⌊y/100⌋ + ⌊y/400⌋ + ⌊(153·m′ + 2)/5⌋ + d − 719469 is the same
-- number, with y the year less one in January and February and m′ the month counted from March.)
--
-- Speed: the common form yyyy-mm-ddThh:mm:ss with an offset, Z or nothing is recognised by a quick
-- full match and cut at fixed places; only other texts go through the regular expression with groups.
--
-- Standard SQL except (DuckDB → Spark SQL / Trino):
--   regexp_extract(s, p, [names]) returns a struct of named groups ('' when a group did not take part)
--     → Spark: regexp_extract(s, p, i) per group; Trino: regexp_extract(s, p, i) (NULL, not '', when
--     the text does not match: wrap in coalesce(…, '')).
--   a // b is integer division (all operands here are non-negative) → Spark: a div b; Trino: a / b.
--   js_trim is a DuckDB macro (see js-trim.sql for its equivalents).
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
    regexp_full_match(coalesce(ts, ''), '\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[+-]\d\d:\d\d|Z)?') AS plain
  FROM raw_events
),

-- Any other text is split into its parts by the regular expression of every accepted form.
parts AS (
  SELECT
    *,
    CASE
      WHEN NOT plain
        THEN regexp_extract(
          coalesce(ts, ''),
          '^[\x01-\x20]*(?:'
            || '(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?'
            || '(?:([Zz])|([+\x{2212}-])(\d{2})(?::?(\d{2}))?)?)?'
            || '|(\d{1,2})([-./])(\d{1,2})([-./])(\d{4})'
            || '(?: +(\d{1,2})([:.])(\d{2})(?:([:.])(\d{2})(?:[.,](\d+))?)?)?'
            || ')[\x01-\x20]*$',
          ['iy', 'imo', 'id', 'ih', 'imi', 'isec', 'ifr', 'iz', 'isign', 'izh', 'izm',
           'dd', 'dsep1', 'dmo', 'dsep2', 'dy', 'dh', 'dcsep', 'dmi', 'dssep', 'dsec', 'dfr']
        )
    END AS p
  FROM shapes
),

-- The parts of a timestamp as numbers; `form_ok` when the text has one of the accepted forms.
fields AS (
  SELECT
    blank, width_ok, case_id, actor, sector, organisation, cluster,
    plain OR p.iy <> '' OR (p.dy <> '' AND p.dsep1 = p.dsep2 AND (p.dssep = '' OR p.dssep = p.dcsep)) AS form_ok,
    CAST(CASE WHEN plain THEN substr(ts, 1, 4) WHEN p.iy <> '' THEN p.iy ELSE nullif(p.dy, '') END AS BIGINT) AS yr,
    CAST(CASE WHEN plain THEN substr(ts, 6, 2) WHEN p.iy <> '' THEN p.imo ELSE nullif(p.dmo, '') END AS BIGINT) AS mo,
    CAST(CASE WHEN plain THEN substr(ts, 9, 2) WHEN p.iy <> '' THEN p.id ELSE nullif(p.dd, '') END AS BIGINT) AS dy,
    CAST(CASE WHEN plain THEN substr(ts, 12, 2) ELSE coalesce(nullif(p.ih, ''), nullif(p.dh, ''), '0') END AS BIGINT) AS hh,
    CAST(CASE WHEN plain THEN substr(ts, 15, 2) ELSE coalesce(nullif(p.imi, ''), nullif(p.dmi, ''), '0') END AS BIGINT) AS mi,
    CAST(CASE WHEN plain THEN substr(ts, 18, 2) ELSE coalesce(nullif(p.isec, ''), nullif(p.dsec, ''), '0') END AS BIGINT) AS ss,
    -- Milliseconds: the first three digits of the fraction; later digits are truncated.
    CASE
      WHEN plain THEN 0
      ELSE CAST(rpad(substr(coalesce(nullif(p.ifr, ''), p.dfr), 1, 3), 3, '0') AS BIGINT)
    END AS ms,
    CASE WHEN plain THEN length(ts) > 19 ELSE p.iz <> '' OR p.isign <> '' END AS zoned,
    CAST(CASE WHEN plain THEN coalesce(nullif(substr(ts, 21, 2), ''), '0') ELSE coalesce(nullif(p.izh, ''), '0') END AS BIGINT) AS zh,
    CAST(CASE WHEN plain THEN coalesce(nullif(substr(ts, 24, 2), ''), '0') ELSE coalesce(nullif(p.izm, ''), '0') END AS BIGINT) AS zm,
    CASE WHEN (CASE WHEN plain THEN substr(ts, 20, 1) ELSE p.isign END) = '+' THEN 1 ELSE -1 END AS zsign
  FROM parts
),

-- Which parts are in range; y is the year counted from March (January and February belong to the
-- year before) and m the month counted from March (0 = March, …, 11 = February).
checked AS (
  SELECT
    *,
    form_ok
      AND yr >= 1
      AND mo BETWEEN 1 AND 12
      AND dy >= 1
      AND dy <= CASE
        WHEN mo = 2 THEN CASE WHEN (yr % 4 = 0 AND yr % 100 <> 0) OR yr % 400 = 0 THEN 29 ELSE 28 END
        WHEN mo IN (4, 6, 9, 11) THEN 30
        ELSE 31
      END
      AND hh <= 23 AND mi <= 59 AND ss <= 59
      AND zh <= 23 AND zm <= 59 AS time_ok,
    yr - CASE WHEN mo <= 2 THEN 1 ELSE 0 END AS y,
    mo + CASE WHEN mo > 2 THEN -3 ELSE 9 END AS m
  FROM fields
),

-- The wall-clock time as milliseconds since 1970-01-01 (as if UTC) and, for local times only, the
-- day of March 31 of the year (October 31 is 214 days later).
walls AS (
  SELECT
    *,
    (365 * y + y // 4 - y // 100 + y // 400 + (153 * m + 2) // 5 + dy - 719469) * 86400000
      + hh * 3600000 + mi * 60000 + ss * 1000 + ms AS wall_ms,
    CASE WHEN NOT zoned THEN 365 * yr + yr // 4 - yr // 100 + yr // 400 + 30 - 719468 END AS march31
  FROM checked
),

-- Local times to UTC: summer time runs from 03:00 local on the last Sunday of March to 03:00 local on
-- the last Sunday of October (1970-01-01 was a Thursday, so (days + 4) mod 7 is 0 on Sundays).
instants AS (
  SELECT
    *,
    CASE
      WHEN zoned THEN wall_ms - zsign * (zh * 3600000 + zm * 60000)
      WHEN wall_ms >= (march31 - ((march31 + 4) % 7 + 7) % 7) * 86400000 + 10800000
        AND wall_ms < (march31 + 214 - ((march31 + 214 + 4) % 7 + 7) % 7) * 86400000 + 10800000
        THEN wall_ms - 7200000
      ELSE wall_ms - 3600000
    END AS utc_ms
  FROM walls
)

SELECT
  CASE
    WHEN blank THEN 'blank'
    WHEN NOT width_ok THEN 'width'
    WHEN coalesce(case_id, '') = '' OR NOT coalesce(time_ok, false) OR js_blank(actor) THEN 'bad'
    ELSE 'ok'
  END AS status,
  CASE
    WHEN blank THEN 0
    WHEN NOT width_ok THEN 1
    ELSE
      CASE WHEN coalesce(case_id, '') = '' THEN 1 ELSE 0 END
      + CASE WHEN coalesce(time_ok, false) THEN 0 ELSE 1 END
      + CASE WHEN js_blank(actor) THEN 1 ELSE 0 END
  END AS problems,
  case_id,
  actor,
  sector,
  organisation,
  cluster,
  CASE WHEN coalesce(time_ok, false) THEN utc_ms END AS time_ms
FROM instants
