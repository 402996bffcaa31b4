import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/problem';
import { submissionKeys, useSubmit } from './submission';

const counter = () => {
  let n = 0;
  return () => `key-${++n}`;
};

describe('submissionKeys', () => {
  it('reuses the key for the same content until a success, and takes a new one for changed content', async () => {
    const keys = submissionKeys(counter());
    expect(keys.keyFor('a')).toBe('key-1');
    expect(keys.keyFor('a')).toBe('key-1');
    expect(keys.keyFor('b')).toBe('key-2');
    keys.reset();
    expect(keys.keyFor('b')).toBe('key-3');
  });

  it('send retries a failed call with the same key and starts afresh after a success', async () => {
    const keys = submissionKeys(counter());
    const sent: string[] = [];
    const failing = async (key: string) => {
      sent.push(key);
      throw new TypeError('lost');
    };
    await expect(keys.send('a', failing)).rejects.toThrow('lost');
    expect(await keys.send('a', async (key) => (sent.push(key), 'created'))).toBe('created');
    await keys.send('a', async (key) => sent.push(key));
    expect(sent).toEqual(['key-1', 'key-1', 'key-2']);
  });
});

describe('useSubmit', () => {
  it('is busy while the work runs, ignores a second call meanwhile and reports success', async () => {
    const { busy, error, run } = useSubmit();
    let finish!: () => void;
    const first = run(() => new Promise<void>((resolve) => (finish = resolve)));
    expect(busy.value).toBe(true);
    expect(await run(async () => undefined)).toBe(false);
    finish();
    expect(await first).toBe(true);
    expect(busy.value).toBe(false);
    expect(error.value).toBeUndefined();
  });

  it('keeps a failure as an ApiError and clears it when the next call starts', async () => {
    const { busy, error, run } = useSubmit();
    const conflict = new ApiError({ type: '/problems/conflict', title: '已被他人处理', status: 409 });
    expect(await run(async () => Promise.reject(conflict))).toBe(false);
    expect(error.value).toBe(conflict);
    expect(busy.value).toBe(false);
    expect(await run(async () => undefined)).toBe(true);
    expect(error.value).toBeUndefined();
  });
});
