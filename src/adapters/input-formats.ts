import { disbelieveLineOrder } from '../events/line-order-time.js';
import { decodeV1, type RecordDecoder } from '../pipeline/event-decoder.js';
import { decodeOtelGenai } from './otel-genai-adapter.js';
import { createTranscriptDecoder } from './transcript-adapter.js';

/** How a stream is read: `replay` of a file may place conversations without a time in line order. */
export interface DecoderOptions {
  /** Whether a transcript without `ts` is placed after the one before it (else refused). */
  lineOrderTime: boolean;
}

/**
 * Input formats by name: native v1 events, or shapes an adapter maps onto them. Each entry makes the
 * decoder of one stream (a transcript decoder remembers where the stream's last conversation ended).
 */
export const INPUT_FORMATS = {
  v1: (options: DecoderOptions) => (options.lineOrderTime ? decodeV1 : withoutLineOrder(decodeV1)),
  'otel-genai': (options: DecoderOptions) =>
    options.lineOrderTime ? decodeOtelGenai : withoutLineOrder(decodeOtelGenai),
  transcript: (options: DecoderOptions) => createTranscriptDecoder(options),
} as const satisfies Record<string, (options: DecoderOptions) => RecordDecoder>;

/** Where no line order is given out (the service), an event that claims one is not believed. */
function withoutLineOrder(decode: RecordDecoder): RecordDecoder {
  return (raw, maxBytes) => {
    const decoded = decode(raw, maxBytes);
    for (const d of decoded) if (d.ok) disbelieveLineOrder(d.event);
    return decoded;
  };
}

export type InputFormat = keyof typeof INPUT_FORMATS;
export const INPUT_FORMAT_NAMES = Object.keys(INPUT_FORMATS) as InputFormat[];
