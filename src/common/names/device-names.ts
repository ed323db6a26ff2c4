/** Names a device or client gives when nobody typed one: they say nothing about who is there. */
import { fold } from './unicode';
import data from './data/device-names.json';

/** "mac" and "mi" are left out: Mạc is a surname, Mi a given name. */
const BRANDS = new Set<string>(data.brands);
const BRAND_PAIRS = new Set<string>(data.brandPairs);
const MODEL_WORDS = new Set<string>(data.modelWords);
const PLACEHOLDERS = new Set<string>(data.placeholders);
const OWNER_WORD = new Set(['cua', 'of']);

const POSSESSIVE = /^(.+?)['’‘`]s\s+(.+)$/u;
const WINDOWS_HOST = /^(?:desktop|laptop|pc)-[a-z0-9]{4,}$/iu;
const MODEL_CODE =
  /^(?:sm-?[a-z]\d{3,4}[a-z]?|cph\d{4}|rmx\d{4}|v\d{4}|m\d{4}[a-z]\d[a-z]{0,3}|[a-z]{3}-[a-z]{2}\d{2})$/iu;

export interface DeviceName {
  device: boolean;
  owner: string | null;
}

const NOT_DEVICE: DeviceName = { device: false, owner: null };

function deviceWords(words: string[]): number {
  const [w0, w1] = words;
  if (w0 === undefined) return 0;
  if (w1 !== undefined && BRAND_PAIRS.has(`${w0} ${w1}`)) return 2;
  if (w1 !== undefined && words[2] !== undefined && BRAND_PAIRS.has(`${w0} ${w1} ${words[2]}`)) return 3;
  return BRANDS.has(w0) ? 1 : 0;
}

const isModelWord = (w: string): boolean => /\d/.test(w) || MODEL_WORDS.has(w) || BRANDS.has(w);

/** `core` is the name with platform labels already removed. */
export function detectDevice(core: string): DeviceName {
  const trimmed = core.trim();
  if (WINDOWS_HOST.test(trimmed) || MODEL_CODE.test(trimmed)) return { device: true, owner: null };
  const folded = fold(trimmed);
  if (PLACEHOLDERS.has(folded.replace(/\s*\d+$/, ''))) return { device: true, owner: null };

  const possessive = POSSESSIVE.exec(trimmed);
  if (possessive) {
    const rest = fold(possessive[2] ?? '').split(' ');
    const n = deviceWords(rest);
    if (n > 0 && rest.slice(n).every(isModelWord)) return { device: true, owner: possessive[1]?.trim() ?? null };
  }

  const words = folded.split(' ');
  const n = deviceWords(words);
  if (n === 0) return NOT_DEVICE;
  let i = n;
  while (i < words.length && isModelWord(words[i] ?? '')) i++;
  if (i === words.length) return { device: true, owner: null };
  if (OWNER_WORD.has(words[i] ?? '') && i + 1 < words.length) {
    // The owner as written, not folded.
    const m = /\s(?:của|cua|of)\s+(.+)$/iu.exec(trimmed);
    return { device: true, owner: m?.[1]?.trim() ?? null };
  }
  return NOT_DEVICE;
}
