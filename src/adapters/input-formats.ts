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
  v1: () => decodeV1,
  'otel-genai': () => decodeOtelGenai,
  transcript: (options: DecoderOptions) => createTranscriptDecoder(options),
} as const satisfies Record<string, (options: DecoderOptions) => RecordDecoder>;

export type InputFormat = keyof typeof INPUT_FORMATS;
export const INPUT_FORMAT_NAMES = Object.keys(INPUT_FORMATS) as InputFormat[];
