/**
 * Links, meeting invites, phone numbers, e-mail addresses and account details, found on the
 * normalized text (lower case, fullwidth folded, zero-width removed) and reported with spans in the
 * original. Generic links are not flagged: teachers post Docs, YouTube and LMS links all day.
 */
import { ADDRESS, ADDRESS_RE, ID_NUMBER, ID_NUMBER_RE, nameWithSchool, SCHOOL } from './personal-info';
import type { Verdict } from './types';

interface Found {
  verdict: Omit<Verdict, 'span'>;
  start: number;
  end: number;
}

const URL_RE =
  /(?:https?:\/\/|www\.)[^\s<>"'`]+|(?<![\w@.-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:com|net|org|vn|edu|io|me|gg|ly|us|co|info|xyz|app|dev|link|to|tv|cc|top|site|online|club|biz|ai|gl|sh|ws|gd|id|ru|cn|uk|at|tk|ml|ga|cf|gq|icu|buzz|click|live|asia|in|so|lc|ee|gy|gp|one)(?![a-z0-9-])(?::\d+)?(?:\/[^\s<>"'`]*)?/g;
// Starts only where a run of address characters starts ('%' included), so each run is read once, not once per '%'.
const EMAIL_RE = /(?<![\w.%+-])[a-z0-9%][a-z0-9._%+-]*@([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,24})(?![a-z0-9])/g;
// Vietnamese mobile numbers: (0|+84)(3|5|7|8|9) + 8 digits, with spaces, dots or dashes anywhere.
const PHONE_RE =
  /(?<![\d+])(?:\+\s?84|0084|84(?=[\s.-]?[35789](?:[\s.-]?\d){8}(?!\d))|0)[\s.-]?[35789](?:[\s.-]?\d){8}(?![\d])/g;
// Zoom meeting ids posted as text ("ID: 812 3456 7890", "mã phòng 81234567890").
const MEETING_ID_RE =
  /(?:meeting id|id phòng|mã phòng|zoom id|zoom|id)\s*[:：]?\s*\d{3}[\s-]?\d{3,4}[\s-]?\d{3,4}(?!\d)/g;
const MEET_CODE_RE = /(?<![a-z0-9-])[a-z]{3}-[a-z]{4}-[a-z]{3}(?![a-z0-9-])/g;
// A password is short: its digit is looked for in its first 64 characters, not re-read to the end of the run by every "mk" of "mk:mk:…".
const ACCOUNT_RE =
  /(?:mật khẩu|mat khau|password|passcode|pass)(?:\s+[^\s:=]+){0,3}?\s*(?:(?:là|la|is)\s+|[:=]\s*)\S{3,}|(?<![\p{L}\d])mk\s*(?:là|:|=)\s*(?=\S{0,63}\d)\S{4,}/gu;

const MEETING_HOSTS: [RegExp, string][] = [
  [/(?:^|\.)zoom\.us\/(?:j|w|my|wc\/join|s)\//, 'zoom'],
  [/(?:^|\.)zoom\.us\/(?:j|w|wc)\b/, 'zoom'],
  [/^meet\.google\.com\/(?:[a-z]{3}-[a-z]{4}-[a-z]{3}|lookup\/)/, 'meet'],
  [/^teams\.microsoft\.com\/(?:l\/meetup-join|meet\/|dl\/launcher)/, 'teams'],
  [/^teams\.live\.com\/meet\//, 'teams'],
  [/(?:^|\.)webex\.com\/(?:meet|join)/, 'webex'],
];
const CONTACT_HOSTS =
  /^(?:zalo\.me|chat\.zalo\.me|t\.me|telegram\.me|telegram\.dog|discord\.gg|discord\.com\/invite|discordapp\.com\/invite|chat\.whatsapp\.com|wa\.me|m\.me|instagram\.com|ig\.me|snapchat\.com\/add|tiktok\.com\/@|facebook\.com\/messages|line\.me)/;
const SHORTENERS =
  /^(?:bit\.ly|bitly\.com|tinyurl\.com|t\.co|goo\.gl|is\.gd|v\.gd|cutt\.ly|shorturl\.at|rb\.gy|tiny\.cc|ow\.ly|s\.id|rebrand\.ly|short\.io|shorten\.asia|bom\.so|bom\.to|tiny\.one|u\.to|t\.ly|linktr\.ee|gg\.gg|2\.gp|qr\.io|y2u\.be)\//;
const ADULT =
  /(?:porn|xnxx|xvideos|xhamster|onlyfans|redtube|youporn|sex|jav|hentai|brazzers|chaturbate|phimheo|phimsex|clipsex|xxx)/;
const RISKY_TLD = /^[^/]+\.(?:xyz|top|tk|ml|ga|cf|gq|icu|buzz|click)(?:\/|$)|^\d{1,3}(?:\.\d{1,3}){3}(?:[:/]|$)/;

/**
 * Drops closing punctuation from the end. A loop, not /[).,;!?]+$/: that pattern retries at every
 * character of a long run of dots that does not end the text, quadratic in the run.
 */
function trimTrailing(s: string): string {
  let end = s.length;
  while (end > 0 && ').,;!?'.includes(s[end - 1]!)) end--;
  return s.slice(0, end);
}

function bareHost(url: string): string {
  return trimTrailing(url.replace(/^https?:\/\//, '').replace(/^www\./, ''));
}

function isSchool(host: string, schoolDomains: readonly string[]): boolean {
  const h = host.split(/[/:?#]/)[0] ?? '';
  return schoolDomains.some((d) => h === d || h.endsWith('.' + d));
}

/** At most this many links or numbers per message are reported: a wall of links is one incident. */
const MAX_FOUND = 20;

type Finding = Omit<Verdict, 'span'>;

const EMAIL: Finding = { category: 'personal-info', severity: 1, tier: 'review', ruleId: 'chat.personal-info.email' };
const PHONE: Finding = { category: 'personal-info', severity: 2, tier: 'alert', ruleId: 'chat.personal-info.phone' };
const MEETING_ID: Finding = { category: 'link', severity: 2, tier: 'review', ruleId: 'chat.link.meeting-id' };
const MEET_CODE: Finding = { category: 'link', severity: 1, tier: 'review', ruleId: 'chat.link.meet-code' };
const PASSWORD: Finding = {
  category: 'personal-info',
  severity: 2,
  tier: 'review',
  ruleId: 'chat.personal-info.password',
};

/**
 * Links, invites and personal information in the normalized text, in this order until MAX_FOUND:
 * the order decides which are kept past the limit, and a meeting id over an earlier finding is skipped.
 */
export function findLinks(norm: string, schoolDomains: readonly string[]): Found[] {
  const out: Found[] = [];
  // Every link's span, the school's and the unflagged ones too: a Meet code inside a link is part of it.
  const taken: [number, number][] = [];
  // Quick rejections: most messages have none of these characters.
  if ((norm.includes('.') || norm.includes('/')) && addUrls(out, norm, schoolDomains, taken)) return out;
  if (norm.includes('@') && addMatches(out, norm, EMAIL_RE, EMAIL, (m) => isSchool(m[1] ?? '', schoolDomains)))
    return out;
  if (
    /\d/.test(norm) &&
    (addMatches(out, norm, PHONE_RE, PHONE) ||
      addMatches(out, norm, MEETING_ID_RE, MEETING_ID, (m) => overlaps(out, m.index, m.index + m[0].length)) ||
      addMatches(out, norm, ADDRESS_RE, ADDRESS) ||
      addMatches(out, norm, ID_NUMBER_RE, ID_NUMBER, (m) => overlaps(out, m.index, m.index + m[0].length)))
  )
    return out;
  const inLink = (m: RegExpExecArray) => taken.some(([a, b]) => m.index >= a && m.index < b);
  if (norm.includes('-') && addMatches(out, norm, MEET_CODE_RE, MEET_CODE, inLink)) return out;
  if (norm.includes('pass') || norm.includes('khẩu') || norm.includes('khau') || norm.includes('mk'))
    if (addMatches(out, norm, ACCOUNT_RE, PASSWORD)) return out;
  const school = nameWithSchool(norm);
  if (school) out.push({ verdict: { ...SCHOOL }, start: school[0], end: school[1] });
  return out;
}

/** Adds the links worth telling and notes every link's span in `taken`; true once MAX_FOUND are found. */
function addUrls(out: Found[], norm: string, schoolDomains: readonly string[], taken: [number, number][]): boolean {
  for (const m of norm.matchAll(URL_RE)) {
    const raw = trimTrailing(m[0]);
    const start = m.index;
    const end = start + raw.length;
    const url = bareHost(raw);
    taken.push([start, end]);
    if (isSchool(url, schoolDomains)) continue;
    const v = urlVerdict(url);
    if (v) out.push({ verdict: v, start, end });
    if (out.length >= MAX_FOUND) return true;
  }
  return false;
}

/** What a link (without scheme and www.) is, when it is one of those teachers want to see. */
function urlVerdict(url: string): Finding | null {
  const meeting = MEETING_HOSTS.find(([re]) => re.test(url));
  if (meeting)
    return { category: 'link', severity: 2, tier: 'alert', ruleId: `chat.link.meeting-invite.${meeting[1]}` };
  if (CONTACT_HOSTS.test(url))
    return { category: 'link', severity: 2, tier: 'alert', ruleId: 'chat.link.contact-invite' };
  if (ADULT.test(url.split('/')[0] ?? ''))
    return { category: 'sexual', severity: 3, tier: 'alert', ruleId: 'chat.link.adult' };
  if (SHORTENERS.test(url + '/'))
    return { category: 'link', severity: 1, tier: 'review', ruleId: 'chat.link.shortener' };
  if (RISKY_TLD.test(url)) return { category: 'link', severity: 1, tier: 'review', ruleId: 'chat.link.risky-domain' };
  return null;
}

/** Adds one finding per match of `re` that `skip` does not rule out; true once MAX_FOUND are found. */
function addMatches(
  out: Found[],
  norm: string,
  re: RegExp,
  verdict: Finding,
  skip?: (m: RegExpExecArray) => boolean,
): boolean {
  for (const m of norm.matchAll(re)) {
    if (skip?.(m)) continue;
    // Each finding gets its own verdict object: one changed by a caller cannot change the others.
    out.push({ verdict: { ...verdict }, start: m.index, end: m.index + m[0].length });
    if (out.length >= MAX_FOUND) return true;
  }
  return false;
}

function overlaps(found: Found[], start: number, end: number): boolean {
  return found.some((f) => f.start < end && start < f.end);
}
