// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readStorage, writeStorage } from '../../../src/client/storage.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('theme storage', () => {
  it('reads back what it wrote', () => {
    expect(writeStorage('dk-theme', 'dark')).toBe(true);
    expect(readStorage('dk-theme')).toBe('dark');
    expect(readStorage('missing')).toBeNull();
  });

  it('never throws when storage is disabled or full', () => {
    const refuse = (name: string) => () => {
      throw new DOMException('storage refused', name);
    };
    vi.stubGlobal('localStorage', { getItem: refuse('SecurityError'), setItem: refuse('QuotaExceededError') });
    expect(readStorage('dk-theme')).toBeNull();
    expect(writeStorage('dk-theme', 'dark')).toBe(false);
  });
});
