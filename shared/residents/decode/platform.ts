/**
 * Decoding bytes is the platform's job: the browser (sidebar, extension page) and Node (CLI) both
 * have TextDecoder, with UTF-8, UTF-16 and the Windows code pages. Apps Script has none, but no
 * Apps Script path decodes a file: the page reads and decodes it, the server receives clean rows
 * (see docs/import.md). The core never reads a platform global, so each door hands its
 * TextDecoder in, wrapped here; only TCVN3 and VNI, which no platform decodes, are the core's own.
 */

/** The encodings asked of the platform. */
export type PlatformEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252" | "windows-1258";

/** The TextDecoder constructor a platform offers (browser, Node). */
export type TextDecoderConstructor = new (
  label: string,
  options: { fatal: boolean; ignoreBOM: boolean },
) => { decode(input: Uint8Array): string };

export interface PlatformDecoder {
  /** The text; with `fatal`, null when the bytes are not in that encoding. A BOM is kept as U+FEFF. */
  decode(bytes: Uint8Array, encoding: PlatformEncoding, fatal: boolean): string | null;
}

export function platformDecoder(TextDecoderCtor: TextDecoderConstructor): PlatformDecoder {
  const decoders = new Map<string, { decode(input: Uint8Array): string }>();
  const decoderFor = (encoding: PlatformEncoding, fatal: boolean) => {
    const key = `${encoding}/${fatal}`;
    let decoder = decoders.get(key);
    if (!decoder) {
      decoder = new TextDecoderCtor(encoding, { fatal, ignoreBOM: true });
      decoders.set(key, decoder);
    }
    return decoder;
  };
  return {
    decode(bytes, encoding, fatal) {
      try {
        return decoderFor(encoding, fatal).decode(bytes);
      } catch {
        return null;
      }
    },
  };
}
