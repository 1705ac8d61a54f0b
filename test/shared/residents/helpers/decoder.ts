/** Node's TextDecoder, handed to the core as the CLI hands it (the sidebar hands the browser's). */
import { platformDecoder } from "../../../../shared/residents/decode/platform.ts";

export const decoder = platformDecoder(TextDecoder);
