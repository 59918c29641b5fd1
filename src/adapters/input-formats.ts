import { decodeV1, type RecordDecoder } from '../pipeline/event-decoder.js';
import { decodeOtelGenai } from './otel-genai-adapter.js';
import { createTranscriptDecoder } from './transcript-adapter.js';

/**
 * Input formats by name: native v1 events, or shapes an adapter maps onto them. Each entry makes the
 * decoder of one stream (a transcript decoder remembers where the stream's last conversation ended).
 */
export const INPUT_FORMATS = {
  v1: () => decodeV1,
  'otel-genai': () => decodeOtelGenai,
  transcript: createTranscriptDecoder,
} as const satisfies Record<string, () => RecordDecoder>;

export type InputFormat = keyof typeof INPUT_FORMATS;
export const INPUT_FORMAT_NAMES = Object.keys(INPUT_FORMATS) as InputFormat[];
