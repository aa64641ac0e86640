/** What {@link decodeText} found out about a file's bytes. */
export interface DecodedText {
  text: string;
  /** `utf-8` or, when the bytes are not valid UTF-8, `windows-1252` (what Danish Excel writes). */
  encoding: "utf-8" | "windows-1252";
  /** Whether the file began with a UTF-8 byte-order mark. */
  bom: boolean;
  /** Whether the bytes look like a binary file rather than text (NUL bytes). */
  binary: boolean;
}

/**
 * Decodes a text file as real files arrive from Excel: UTF-8 with or without a byte-order mark,
 * falling back to Windows-1252 when the bytes are not valid UTF-8. Flags binary content (NUL bytes).
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const sample = bytes.subarray(0, Math.min(bytes.length, 8192));
  const binary = sample.includes(0);
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: "utf-8", bom, binary };
  } catch {
    return {
      text: new TextDecoder("windows-1252").decode(bytes),
      encoding: "windows-1252",
      bom: false,
      binary,
    };
  }
}
