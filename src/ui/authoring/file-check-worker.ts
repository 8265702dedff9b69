/**
 * The file worker: opening, unpacking and validating a scenario file happen here, off the page's main
 * thread, so that no file — however large or hostile — blocks the page (src/ui/authoring/file-checker.ts
 * starts it). It answers each request with a checked file; images travel as transferred bytes.
 */
import { checkScenarioFile, type CheckedFile } from '../../engine/authoring/check-file';
import type { Language } from '../../scenario/format';
import { fromBase64, toBase64 } from './archive-images';
import { MAX_STORED_CHARS } from './last-opened';

/** A request to the worker. */
export interface FileCheckRequest {
  id: number;
  lang: Language;
  conceptIds: string[];
  /** A picked or dropped file; the bytes of an archive kept as base64; or a kept scenario text. */
  source:
    | { kind: 'file'; file: File }
    /** The JSON of a big scenario checked earlier and held here (see `held`). */
    | { kind: 'take'; held: number }
    | { kind: 'base64'; name: string; base64: string }
    | { kind: 'text'; name: string; text: string; images?: string[] };
}

/**
 * The worker's answer; `archive` is the archive as base64 when it is small enough to keep. A big
 * scenario's JSON stays here until it is played (`held`: ask for it with a `take` request), and its text
 * is not sent when it is too big to keep: the page never holds megabytes it may not need.
 */
export interface FileCheckReply {
  id: number;
  checked: CheckedFile;
  archive?: string;
  held?: number;
  /** The answer to a `take` request. */
  json?: string;
}

/** Scenarios' JSON above this size is held in the worker until played. */
const HOLD_ABOVE = 256 * 1024;
/** Held JSON texts at most (the oldest is dropped). */
const MAX_HELD = 3;
const heldJson = new Map<number, string>();

/** Holds a big scenario's JSON and its text back from the reply. */
function lighten(reply: FileCheckReply): FileCheckReply {
  const { checked } = reply;
  if (!checked.ok) return reply;
  const text = checked.text.length > MAX_STORED_CHARS ? '' : checked.text;
  if (checked.json.length <= HOLD_ABOVE) return { ...reply, checked: { ...checked, text } };
  heldJson.set(reply.id, checked.json);
  for (const id of heldJson.keys()) if (heldJson.size > MAX_HELD) heldJson.delete(id);
  return { ...reply, held: reply.id, checked: { ...checked, text, json: '' } };
}

async function answer(request: FileCheckRequest): Promise<FileCheckReply> {
  const { id, lang, conceptIds, source } = request;
  if (source.kind === 'take') {
    const json = heldJson.get(source.held) ?? '';
    heldJson.delete(source.held);
    return { id, checked: { ok: false, file: '', reason: 'unreadable' }, json };
  }
  if (source.kind === 'text')
    return {
      id,
      checked: checkScenarioFile(
        { name: source.name, text: source.text, images: source.images ?? [] },
        lang,
        conceptIds,
      ),
    };
  let name: string;
  let bytes: Uint8Array | null;
  if (source.kind === 'file') {
    name = source.file.name;
    try {
      bytes = new Uint8Array(await source.file.arrayBuffer());
    } catch {
      return { id, checked: { ok: false, file: name, reason: 'unreadable' } };
    }
  } else {
    name = source.name;
    bytes = fromBase64(source.base64);
    if (!bytes) return { id, checked: { ok: false, file: name, reason: 'unreadable' } };
  }
  const checked = checkScenarioFile({ name, bytes }, lang, conceptIds);
  const keep = checked.ok && checked.images.length > 0 && bytes.byteLength * 1.34 < MAX_STORED_CHARS;
  return { id, checked, ...(keep ? { archive: toBase64(bytes) } : {}) };
}

addEventListener('message', (event: MessageEvent<FileCheckRequest>) => {
  void answer(event.data).then((full) => {
    const reply = lighten(full);
    const transfer = reply.checked.ok
      ? reply.checked.images.map((image) => image.data.buffer as ArrayBuffer)
      : [];
    postMessage(reply, { transfer });
  });
});
