/**
 * One display name → the forms we compare: a clean display form, an exact key (case-folded,
 * diacritics kept) and a loose key (diacritics and look-alikes folded), plus what looked wrong.
 */
import { stripAffixes } from './affixes';
import { mapLookalikes, scanScripts } from './confusables';
import { detectDevice } from './device-names';
import { MAX_NAME_DISPLAY, MAX_NAME_INPUT, capLength, stripDiacritics, stripInvisible, wordsOnly } from './unicode';

export interface NameFlags {
  /** Zero-width or other invisible characters were in the name (removed from every form). */
  zeroWidth: boolean;
  /** Bidirectional controls were in the name: what is shown is not the order it was typed in. */
  bidi: boolean;
  /** Look-alike letters from another script, small capitals, or fullwidth/mathematical letters. */
  confusable: boolean;
  /** One word mixes scripts (Latin with Cyrillic, Greek...). */
  mixedScript: boolean;
  /** A device's or client's default name ("iPhone của An", "Zoom user"). */
  device: boolean;
  /** The raw name was longer than we read; the forms are built from its start. */
  truncated: boolean;
}

export interface NormalizedName {
  /** NFC, invisibles removed, spaces collapsed, platform labels/class codes/titles removed; case and diacritics kept. */
  display: string;
  /** Exact key: `display` NFKC, lowercased, words only, single spaces. */
  key: string;
  /** Secondary key: like `key`, and diacritics-free (đ → d) with look-alike letters folded to Latin. */
  looseKey: string;
  /** `looseKey` split into words. */
  tokens: string[];
  flags: NameFlags;
  /** Bracketed platform labels removed from the end, folded ("guest", "host", "you"). */
  labels: string[];
  /** The teacher title the name opened with ("Cô", "Thầy", "GV", "Mr"), as written. */
  title: string | null;
  /** For a device name, the owner it names ("An" in "iPhone của An"). */
  owner: string | null;
  /** Invisible and bidi code points that were removed, as "U+202E" labels (for evidence). */
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

/** Any flag that makes a name untrustworthy as written (never "known", a finding in itself). */
export function isDisguised(flags: NameFlags): boolean {
  return flags.zeroWidth || flags.bidi || flags.confusable || flags.mixedScript;
}
