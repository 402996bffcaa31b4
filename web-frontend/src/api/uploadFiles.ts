/**
 * Where the file of an upload in progress waits on the phone: IndexedDB, where a Blob survives
 * a page reload (localStorage holds only text). Where IndexedDB is unavailable (private mode of
 * some browsers) nothing is kept and a resumed upload asks for the file again.
 */
export interface FileStore {
  put(uploadId: string, file: Blob): Promise<void>;
  get(uploadId: string): Promise<Blob | undefined>;
  delete(uploadId: string): Promise<void>;
}

const DATABASE = 'tobacco-uploads';
const STORE = 'files';

let opened: Promise<IDBDatabase> | undefined;

function database(): Promise<IDBDatabase> {
  opened ??= new Promise<IDBDatabase>((resolve, reject) => {
    if (typeof indexedDB === 'undefined') {
      reject(new Error('IndexedDB is not available'));
      return;
    }
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
  });
  opened.catch(() => (opened = undefined));
  return opened;
}

async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest): Promise<T> {
  const db = await database();
  return new Promise<T>((resolve, reject) => {
    const request = work(db.transaction(STORE, mode).objectStore(STORE));
    request.onsuccess = () => resolve(request.result as T);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

const indexedDbFiles: FileStore = {
  async put(uploadId, file) {
    await run('readwrite', (store) => store.put(file, uploadId));
  },
  async get(uploadId) {
    const found = await run<unknown>('readonly', (store) => store.get(uploadId));
    return found instanceof Blob ? found : undefined;
  },
  async delete(uploadId) {
    await run('readwrite', (store) => store.delete(uploadId));
  },
};

export function browserFileStore(): FileStore {
  return indexedDbFiles;
}

/** A store in memory: for tests, and a stand-in that keeps files until the page goes. */
export function memoryFileStore(): FileStore & { files: Map<string, Blob> } {
  const files = new Map<string, Blob>();
  return {
    files,
    async put(uploadId, file) {
      files.set(uploadId, file);
    },
    async get(uploadId) {
      return files.get(uploadId);
    },
    async delete(uploadId) {
      files.delete(uploadId);
    },
  };
}
