/**
 * MP3 encoding with lamejs (pure JavaScript LAME port), plus a LAME "Info" tag that we write ourselves.
 * lamejs does not write that tag; without it a decoder cannot know the encoder delay and padding, so a
 * click would start ~25 ms late and a loop would gain a gap. With it, browsers and ffmpeg trim the
 * decoded audio back to exactly the rendered frames (gapless playback).
 */
import { Mp3Encoder } from '@breezystack/lamejs';
import type { Signal } from './dsp';

/** How to encode one sound. */
export interface EncodeOptions {
  sampleRate: number;
  /** Constant bit rate in kbit/s. */
  kbps: number;
  /**
   * For loops: frames of loop context encoded before and after (taken from the other end of the loop)
   * and trimmed again by the tag, so the codec sees the loop as continuous at its seam.
   */
  loopContext?: number;
}

/** LAME's encoder delay in frames; decoders add their own 529 and skip both. */
const ENCODER_DELAY = 576;
const MPEG1_KBPS = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
const MPEG2_KBPS = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];
const RATES: Record<number, readonly number[]> = {
  3: [44100, 48000, 32000],
  2: [22050, 24000, 16000],
  0: [11025, 12000, 8000],
};

/** Converts floats in [-1, 1] to 16-bit integers, clamping anything outside. */
export function toInt16(signal: Signal): Int16Array {
  const out = new Int16Array(signal.length);
  for (let i = 0; i < signal.length; i++) {
    const x = Math.max(-1, Math.min(1, signal[i] ?? 0));
    out[i] = Math.round(x * 32767);
  }
  return out;
}

/** A parsed MPEG audio frame header. */
interface FrameHeader {
  version: number;
  kbps: number;
  sampleRate: number;
  length: number;
  samplesPerFrame: number;
  mono: boolean;
}

function parseHeader(bytes: Uint8Array, at: number): FrameHeader | undefined {
  const b1 = bytes[at + 1] ?? 0;
  const b2 = bytes[at + 2] ?? 0;
  const b3 = bytes[at + 3] ?? 0;
  if (bytes[at] !== 0xff || (b1 & 0xe0) !== 0xe0 || ((b1 >> 1) & 3) !== 1) return undefined;
  const version = (b1 >> 3) & 3;
  const rate = RATES[version]?.[(b2 >> 2) & 3];
  const kbps = (version === 3 ? MPEG1_KBPS : MPEG2_KBPS)[b2 >> 4];
  if (rate === undefined || kbps === undefined || kbps === 0) return undefined;
  const coefficient = version === 3 ? 144 : 72;
  const length = Math.floor((coefficient * kbps * 1000) / rate) + ((b2 >> 1) & 1);
  return {
    version,
    kbps,
    sampleRate: rate,
    length,
    samplesPerFrame: version === 3 ? 1152 : 576,
    mono: b3 >> 6 === 3,
  };
}

/** Splits an MPEG layer III stream into its frames' headers; throws on anything unexpected. */
export function parseFrames(bytes: Uint8Array): FrameHeader[] {
  const out: FrameHeader[] = [];
  let at = 0;
  while (at < bytes.length) {
    const header = parseHeader(bytes, at);
    if (!header) throw new Error(`not an MP3 frame at byte ${at}`);
    out.push(header);
    at += header.length;
  }
  return out;
}

/** CRC-16/ARC (polynomial 0x8005 reflected), the checksum of the LAME tag. */
function crc16(bytes: Uint8Array, end: number): number {
  let crc = 0;
  for (let i = 0; i < end; i++) {
    crc ^= bytes[i] ?? 0;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xa001 : crc >>> 1;
  }
  return crc & 0xffff;
}

/** Builds the "Info" frame (Xing header + LAME extension) describing `audio`. */
function infoFrame(
  audio: Uint8Array,
  first: FrameHeader,
  count: number,
  delay: number,
  padding: number,
): Uint8Array {
  const side = first.version === 3 ? (first.mono ? 17 : 32) : first.mono ? 9 : 17;
  const tagStart = 4 + side;
  const needed = tagStart + 120 + 36;
  const table = first.version === 3 ? MPEG1_KBPS : MPEG2_KBPS;
  const coefficient = first.version === 3 ? 144 : 72;
  const index = table.findIndex(
    (k) => k > 0 && Math.floor((coefficient * k * 1000) / first.sampleRate) >= needed,
  );
  const kbps = table[index] ?? 0;
  const size = Math.floor((coefficient * kbps * 1000) / first.sampleRate);
  const frame = new Uint8Array(size);
  frame[0] = 0xff;
  frame[1] = (audio[1] ?? 0) | 1;
  frame[2] = (index << 4) | ((audio[2] ?? 0) & 0x0c);
  frame[3] = audio[3] ?? 0;
  const view = new DataView(frame.buffer);
  let p = tagStart;
  for (const c of 'Info') frame[p++] = c.charCodeAt(0);
  view.setUint32(p, 0x0f);
  view.setUint32(p + 4, count);
  view.setUint32(p + 8, audio.length + size);
  for (let i = 0; i < 100; i++) frame[p + 12 + i] = Math.floor((i * 256) / 100);
  view.setUint32(p + 112, 0);
  p += 116;
  for (const c of 'LAME3.100') frame[p++] = c.charCodeAt(0);
  frame[p++] = 0x01; // tag revision 0, CBR
  frame[p++] = Math.min(255, Math.round(first.sampleRate / 200)); // low-pass / 100 Hz (informative)
  p += 4 + 2 + 2 + 1; // peak, radio gain, audiophile gain, ATH flags: left at zero
  frame[p++] = Math.min(255, first.kbps);
  frame[p++] = (delay >> 4) & 0xff;
  frame[p++] = ((delay & 0x0f) << 4) | ((padding >> 8) & 0x0f);
  frame[p++] = padding & 0xff;
  p += 1 + 1 + 2; // misc, MP3Gain, preset
  view.setUint32(p, audio.length + size);
  p += 4 + 2; // music length, music CRC (left at zero)
  view.setUint16(p, crc16(frame, p));
  return frame;
}

/**
 * A minimal ID3v2.4 tag naming the generator (TSSE frame). Short files like the click hold only a few
 * MP3 frames, too few for some demuxers to recognise MP3 with confidence; an ID3 header removes the doubt.
 */
function id3Tag(text: string): Uint8Array {
  const body = new TextEncoder().encode(text);
  const frameSize = body.length + 1;
  const tagSize = 10 + frameSize;
  const syncsafe = (n: number): number[] => [(n >> 21) & 0x7f, (n >> 14) & 0x7f, (n >> 7) & 0x7f, n & 0x7f];
  const out = new Uint8Array(10 + tagSize);
  out.set([0x49, 0x44, 0x33, 4, 0, 0, ...syncsafe(tagSize)], 0);
  out.set([0x54, 0x53, 0x53, 0x45, ...syncsafe(frameSize), 0, 0, 3], 10);
  out.set(body, 21);
  return out;
}

/** Where the MPEG frames start: after an ID3v2 tag if there is one. */
function audioStart(bytes: Uint8Array): number {
  if (bytes[0] !== 0x49 || bytes[1] !== 0x44 || bytes[2] !== 0x33) return 0;
  const size = [6, 7, 8, 9].reduce((n, i) => (n << 7) | ((bytes[i] ?? 0) & 0x7f), 0);
  return 10 + size;
}

/** What the gapless tag of an encoded file says. */
export interface GaplessInfo {
  sampleRate: number;
  kbps: number;
  /** Frames the decoder skips at the start (LAME's delay, without the decoder's own 529). */
  delay: number;
  /** Frames the decoder drops at the end. */
  padding: number;
  /** Number of audio frames (MPEG frames after the Info frame). */
  mpegFrames: number;
  /** Decoded length in sample frames once delay and padding are trimmed. */
  samples: number;
}

/** Reads the ID3 + Info/LAME tags written by `encodeMp3`; throws if they are missing or inconsistent. */
export function readGaplessInfo(bytes: Uint8Array): GaplessInfo {
  const start = audioStart(bytes);
  const headers = parseFrames(bytes.subarray(start));
  const [info, first] = headers;
  if (!info || !first) throw new Error('no MPEG frames');
  const side = info.version === 3 ? (info.mono ? 17 : 32) : info.mono ? 9 : 17;
  const tag = start + 4 + side;
  const magic = String.fromCharCode(...bytes.subarray(tag, tag + 4));
  const lame = String.fromCharCode(...bytes.subarray(tag + 120, tag + 124));
  if (magic !== 'Info' || lame !== 'LAME') throw new Error('no Info/LAME tag');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const mpegFrames = view.getUint32(tag + 8);
  const packed = view.getUint32(tag + 120 + 21) >>> 8;
  const delay = packed >>> 12;
  const padding = packed & 0xfff;
  if (mpegFrames !== headers.length - 1) throw new Error('frame count mismatch');
  const samples = mpegFrames * first.samplesPerFrame - delay - padding;
  return { sampleRate: first.sampleRate, kbps: first.kbps, delay, padding, mpegFrames, samples };
}

/** Encodes a mono signal to a CBR MP3 byte stream with a gapless LAME Info tag. */
export function encodeMp3(signal: Signal, options: EncodeOptions): Uint8Array {
  const context = Math.min(options.loopContext ?? 0, signal.length);
  const body = toInt16(signal);
  const pcm = new Int16Array(body.length + 2 * context);
  pcm.set(body.subarray(body.length - context), 0);
  pcm.set(body, context);
  pcm.set(body.subarray(0, context), context + body.length);
  const encoder = new Mp3Encoder(1, options.sampleRate, options.kbps);
  const parts: Uint8Array[] = [];
  const block = 1152 * 16;
  for (let i = 0; i < pcm.length; i += block) parts.push(encoder.encodeBuffer(pcm.subarray(i, i + block)));
  parts.push(encoder.flush());
  const audio = new Uint8Array(parts.reduce((n, b) => n + b.length, 0));
  let at = 0;
  for (const b of parts) {
    audio.set(b, at);
    at += b.length;
  }
  const headers = parseFrames(audio);
  const first = headers[0];
  if (!first) throw new Error('the encoder produced no frame');
  if (first.sampleRate !== options.sampleRate) {
    throw new Error(
      `LAME resampled ${options.sampleRate} Hz to ${first.sampleRate} Hz: pick another rate/bit rate`,
    );
  }
  const delay = ENCODER_DELAY + context;
  const padding = headers.length * first.samplesPerFrame - delay - signal.length;
  if (delay > 4095 || padding < 0 || padding > 4095)
    throw new Error(`delay ${delay} / padding ${padding} do not fit`);
  const tag = infoFrame(audio, first, headers.length, delay, padding);
  const id3 = id3Tag('tisser-le-territoire sound generator (assets/generators/audio)');
  const out = new Uint8Array(id3.length + tag.length + audio.length);
  out.set(id3, 0);
  out.set(tag, id3.length);
  out.set(audio, id3.length + tag.length);
  return out;
}
