import { stripAffixes } from './affixes';
import { mapLookalikes, scanScripts } from './confusables';
import { detectDevice } from './device-names';
import { MAX_NAME_DISPLAY, MAX_NAME_INPUT, capLength, stripDiacritics, stripInvisible, wordsOnly } from './unicode';

export interface NameFlags {
  /** Invisible characters, removed from every form. */
  zeroWidth: boolean;
  /** What is shown is not the order it was typed in. */
  bidi: boolean;
  confusable: boolean;
  /** Within one word. */
  mixedScript: boolean;
  device: boolean;
  truncated: boolean;
}

export interface NormalizedName {
  /** Labels, class codes and titles removed; case and diacritics kept. */
  display: string;
  key: string;
  /** Also diacritics-free, look-alikes folded to Latin. */
  looseKey: string;
  tokens: string[];
  flags: NameFlags;
  labels: string[];
  /** As written. */
  title: string | null;
  owner: string | null;
  invisibles: string[];
}

export function normalizeName(raw: string): NormalizedName {
  let truncated = raw.length > MAX_NAME_INPUT;
  const scan = stripInvisible(capLength(raw, MAX_NAME_INPUT));
  const text = scan.text.normalize('NFC');
  const scripts = scanScripts(text);
  const affixes = stripAffixes(text);
  const device = detectDevice(affixes.core);
  const display = capLength(affixes.core, MAX_NAME_DISPLAY);
  if (display.length < affixes.core.length) truncated = true;

  const compat = display.normalize('NFKC');
  const key = wordsOnly(compat.toLowerCase()).normalize('NFC');
  const looseKey = wordsOnly(stripDiacritics(mapLookalikes(compat.normalize('NFD'))).toLowerCase());
  return {
    display,
    key,
    looseKey,
    tokens: looseKey === '' ? [] : looseKey.split(' '),
    flags: {
      zeroWidth: scan.zeroWidth,
      bidi: scan.bidi,
      confusable: scripts.confusable,
      mixedScript: scripts.mixedScript,
      device: device.device,
      truncated,
    },
    labels: affixes.labels,
    title: affixes.title,
    owner: device.owner,
    invisibles: scan.removed,
  };
}

/** Never "known", and a finding in itself. */
export function isDisguised(flags: NameFlags): boolean {
  return flags.zeroWidth || flags.bidi || flags.confusable || flags.mixedScript;
}
