/**
 * The page's side of the file worker (file-check-worker.ts): requests go out with an id, answers come
 * back as promises. The worker starts on first use; if it cannot start (or dies), files are checked in the
 * page instead, so opening a file always works.
 */
import type { CheckedFile } from '../../engine/authoring/check-file';
import type { Language } from '../../scenario/format';
import { fromBase64 } from './archive-images';
import type { FileCheckReply, FileCheckRequest } from './file-check-worker';

/** What to check (see FileCheckRequest). */
export type FileSource = Exclude<FileCheckRequest['source'], { kind: 'take' }>;

/** Checks files off the main thread. */
export interface FileChecker {
  check(
    source: FileSource,
    lang: Language,
    conceptIds: readonly string[],
  ): Promise<Omit<FileCheckReply, 'id'>>;
  /** The JSON of a big scenario the worker held back (`held` of a reply); '' if it is gone. */
  take(held: number): Promise<string>;
}

/**
 * In the page, when no worker can run (a slower path: the page waits for big files). The checker then
 * loads as its own chunk: the game shell does not carry the unzip and validation code a second time.
 */
async function checkHere(
  source: FileSource,
  lang: Language,
  conceptIds: readonly string[],
): Promise<CheckedFile> {
  const { checkScenarioFile } = await import('../../engine/authoring/check-file');
  if (source.kind === 'text') return checkScenarioFile(source, lang, conceptIds);
  if (source.kind === 'base64') {
    const bytes = fromBase64(source.base64);
    if (!bytes) return { ok: false, file: source.name, reason: 'unreadable' };
    return checkScenarioFile({ name: source.name, bytes }, lang, conceptIds);
  }
  try {
    return checkScenarioFile(
      { name: source.file.name, bytes: new Uint8Array(await source.file.arrayBuffer()) },
      lang,
      conceptIds,
    );
  } catch {
    return { ok: false, file: source.file.name, reason: 'unreadable' };
  }
}

/** Creates the checker; the worker is created on the first check. */
export function createFileChecker(): FileChecker {
  let worker: Worker | null = null;
  let broken = false;
  let next = 0;
  const pending = new Map<number, (reply: FileCheckReply | null) => void>();
  const start = (): Worker | null => {
    if (worker || broken) return worker;
    try {
      worker = new Worker(new URL('./file-check-worker.ts', import.meta.url), { type: 'module' });
    } catch {
      broken = true;
      return null;
    }
    worker.addEventListener('message', (event: MessageEvent<FileCheckReply>) => {
      pending.get(event.data.id)?.(event.data);
      pending.delete(event.data.id);
    });
    worker.addEventListener('error', () => {
      // The worker could not load or crashed: the waiting checks are redone in the page.
      broken = true;
      worker?.terminate();
      worker = null;
      for (const resolve of pending.values()) resolve(null);
      pending.clear();
    });
    return worker;
  };
  /** Sends a request to the worker (null: no worker, or it died). */
  const ask = async (request: FileCheckRequest): Promise<FileCheckReply | null> => {
    const running = start();
    if (!running) return null;
    const id = ++next;
    return new Promise<FileCheckReply | null>((resolve) => {
      pending.set(id, resolve);
      running.postMessage({ ...request, id });
    });
  };
  return {
    async check(source, lang, conceptIds) {
      const reply = await ask({ id: 0, lang, conceptIds: [...conceptIds], source });
      if (reply) {
        const { id: _id, ...rest } = reply;
        return rest;
      }
      return { checked: await checkHere(source, lang, conceptIds) };
    },
    async take(held) {
      const reply = await ask({ id: 0, lang: 'fr', conceptIds: [], source: { kind: 'take', held } });
      return reply?.json ?? '';
    },
  };
}
