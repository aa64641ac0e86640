-- js-trim.sql — two helpers for events.sql and the scans: JavaScript's String.prototype.trim, which
-- the streaming engine applies to every value, and "holds no value".
--
-- js_trim(x) removes white space and line terminators from both ends: tab, LF, VT, FF, CR, space,
-- U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000, U+FEFF. DuckDB's
-- trim(x, characters) is slow for a long character list, so it runs only when the first or last
-- character is one of them: a value that begins and ends with a visible ASCII character (nearly all)
-- is kept as it is at once, any other is checked with a regular expression. js_blank(x) is true when
-- x is NULL or nothing but such characters (a visible ASCII first character says no at once).
--
-- DuckDB-specific: CREATE MACRO. Spark SQL: inline the expression, or
-- regexp_replace(x, '^[…]+|[…]+$', '') with the class below; Trino: the same regexp_replace.
CREATE OR REPLACE TEMP MACRO js_trim(x) AS
  CASE
    WHEN ascii(x) BETWEEN 33 AND 126 AND ascii(x[-1]) BETWEEN 33 AND 126 THEN x
    WHEN regexp_matches(
      x,
      '^[\t\n\x0B\f\r \x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{FEFF}]'
        || '|[\t\n\x0B\f\r \x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{FEFF}]$'
    )
      THEN trim(
        x,
        chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(32) || chr(160) || chr(5760)
          || chr(8192) || chr(8193) || chr(8194) || chr(8195) || chr(8196) || chr(8197) || chr(8198)
          || chr(8199) || chr(8200) || chr(8201) || chr(8202) || chr(8232) || chr(8233) || chr(8239)
          || chr(8287) || chr(12288) || chr(65279)
      )
    ELSE x
  END;

CREATE OR REPLACE TEMP MACRO js_blank(x) AS
  CASE
    WHEN ascii(x) BETWEEN 33 AND 126 THEN false
    ELSE regexp_full_match(
      coalesce(x, ''),
      '[\t\n\x0B\f\r \x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{FEFF}]*'
    )
  END;
