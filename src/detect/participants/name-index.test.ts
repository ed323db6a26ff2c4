import { describe, expect, it } from 'vitest';
import { NameIndex } from './name-index';

describe('NameIndex', () => {
  it('keeps ids per key in the order they were added, one or many', () => {
    const ix = new NameIndex();
    ix.add('an', 'p1');
    expect(ix.get('an')).toEqual(['p1']);
    ix.add('an', 'p2');
    ix.add('an', 'p1');
    expect(ix.get('an')).toEqual(['p1', 'p2']);
    ix.remove('an', 'p1');
    expect(ix.get('an')).toEqual(['p2']);
    ix.remove('an', 'p2');
    expect(ix.get('an')).toEqual([]);
  });

  it('ignores the empty key', () => {
    const ix = new NameIndex();
    ix.add('', 'p1');
    expect(ix.get('')).toEqual([]);
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])('treats %j as any other key', (key) => {
    const ix = new NameIndex();
    expect(ix.get(key)).toEqual([]);
    ix.add(key, 'p1');
    ix.add(key, key);
    expect(ix.get(key)).toEqual(['p1', key]);
    ix.clear();
    expect(ix.get(key)).toEqual([]);
  });
});
