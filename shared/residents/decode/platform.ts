/**
 * The platform's own UTF-8 decoder, where there is one. The core must run in Apps Script, which
 * has no TextDecoder, so it carries its own decoder (utf.ts); the browser and Node hand theirs in
 * (it is native and faster), never as a global read by the core.
 */

/** Strict UTF-8: the text, or null when the bytes are not UTF-8. */
export type Utf8Decoder = (bytes: Uint8Array) => string | null;

/** The TextDecoder constructor a platform offers (browser, Node). */
export type TextDecoderConstructor = new (
  label: string,
  options: { fatal: boolean; ignoreBOM: boolean },
) => { decode(input: Uint8Array): string };

export function utf8DecoderFrom(TextDecoderCtor: TextDecoderConstructor): Utf8Decoder {
  const decoder = new TextDecoderCtor("utf-8", { fatal: true, ignoreBOM: true });
  return (bytes) => {
    try {
      return decoder.decode(bytes);
    } catch {
      return null;
    }
  };
}
