/**
 * The parent's PIN (docs/parent-mode.md): stored only as PBKDF2-SHA256 with a random salt, and tried
 * no faster than the growing delays below allow. Pure apart from Web Crypto, which Node has too.
 */
export const PIN_ITERATIONS = 600_000;
export const PIN_MIN_LENGTH = 4;
export const PIN_MAX_LENGTH = 64;

export interface PinRecord {
  salt: string;
  hash: string;
  iterations: number;
}

const hex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
const unhex = (s: string): Uint8Array<ArrayBuffer> =>
  new Uint8Array((s.match(/../g) ?? []).map((b) => parseInt(b, 16)));

async function derive(pin: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin.normalize('NFC')), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, 256);
  return hex(new Uint8Array(bits));
}

export function pinProblem(pin: string): 'short' | 'long' | null {
  if (pin.length < PIN_MIN_LENGTH) return 'short';
  if (pin.length > PIN_MAX_LENGTH) return 'long';
  return null;
}

export async function hashPin(pin: string, iterations = PIN_ITERATIONS): Promise<PinRecord> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return { salt: hex(salt), hash: await derive(pin, salt, iterations), iterations };
}

export async function verifyPin(pin: string, record: PinRecord): Promise<boolean> {
  const got = await derive(pin, unhex(record.salt), record.iterations);
  // Constant time over the whole hash: how much of it matched is not told by how long the check took.
  let diff = got.length ^ record.hash.length;
  for (let i = 0; i < Math.max(got.length, record.hash.length); i++)
    diff |= (got.charCodeAt(i) || 0) ^ (record.hash.charCodeAt(i) || 0);
  return diff === 0;
}

/** Failed attempts so far, and when the next one may be made. */
export interface Attempts {
  failures: number;
  notBefore: number;
}

/** Three tries freely, then 30 s, 1 min, 2 min, … at most an hour between tries. */
export function waitAfter(failures: number): number {
  if (failures < 3) return 0;
  return Math.min(60 * 60_000, 30_000 * 2 ** Math.min(failures - 3, 20));
}

export function afterFailure(a: Attempts, now: number): Attempts {
  const failures = a.failures + 1;
  return { failures, notBefore: now + waitAfter(failures) };
}
