/**
 * What a finding becomes on the wire, per kind of endpoint (docs/forwarding.md). Pure: the worker
 * gives the words of the summary (its locale), the time and the signature.
 */
import type { Finding, FindingCategory, Platform, Severity } from '../../common/model';
import type { Settings } from '../../common/settings';
import { signatureHeader } from './signature';

export type ForwardSettings = Settings['forwarding'];

/** One finding waiting to go out, as the queue keeps it: the words only when the setting allowed them then. */
export interface ForwardItem {
  /** The finding event's id: the same finding is never sent twice, and a receiver can tell a retry. */
  key: string;
  time: string;
  platform: Platform;
  /** Whose screen it was on: the teacher's class, or a child taking part (the parent is told). */
  audience: 'teacher' | 'child';
  category: FindingCategory;
  severity: Severity;
  ruleId: string;
  meeting: { code: string | null; title: string | null } | null;
  words: { name?: string; text?: string } | null;
}

/**
 * What is forwarded: alerts, and everything shown to a child (`child.*`), which the parent is told of
 * even at review tier (a harmless private message from a stranger, docs/parent-mode.md).
 */
export function isForwarded(f: Pick<Finding, 'tier' | 'ruleId'>): boolean {
  return f.tier === 'alert' || f.ruleId.startsWith('child.');
}

export interface WireRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** The summary in the reader's language, as the worker wrote it. */
export interface ForwardText {
  title: string;
  body: string;
}

export const WEBHOOK_SCHEMA = 'class-guard.finding/1';
export const SIGNATURE_HEADER = 'X-ClassGuard-Signature';
export const TIMESTAMP_HEADER = 'X-ClassGuard-Timestamp';
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
/** Words are capped: a message can be 4,000 characters, a phone push is read at a glance. */
export const WORDS_CHARS = 300;

const cap = (s: string | undefined): string | undefined =>
  s === undefined ? undefined : s.length > WORDS_CHARS ? `${s.slice(0, WORDS_CHARS)}…` : s;

/** The generic webhook's JSON body (docs/forwarding.md#the-json-webhook). */
export function webhookBody(item: ForwardItem, text: ForwardText): Record<string, unknown> {
  return {
    schema: WEBHOOK_SCHEMA,
    id: item.key,
    time: item.time,
    platform: item.platform,
    audience: item.audience,
    finding: { category: item.category, severity: item.severity, ruleId: item.ruleId },
    summary: `${text.title}: ${text.body}`,
    ...(item.meeting ? { meeting: item.meeting } : {}),
    ...(item.words ? { words: { name: cap(item.words.name), text: cap(item.words.text) } } : {}),
  };
}

/** Google Chat and Teams show plain text; the words go in quotes on a line of their own. */
function plainText(item: ForwardItem, text: ForwardText): string {
  const quoted = item.words?.text ? `\n“${cap(item.words.text)}”` : '';
  const who = item.words?.name ? `\n${cap(item.words.name)}` : '';
  return `${text.title}\n${text.body}${who}${quoted}`;
}

function teamsCard(item: ForwardItem, text: ForwardText): Record<string, unknown> {
  const block = (t: string, strong = false) => ({
    type: 'TextBlock',
    text: t,
    wrap: true,
    ...(strong ? { weight: 'Bolder' } : {}),
  });
  const lines = [block(text.title, true), block(text.body)];
  if (item.words?.name) lines.push(block(cap(item.words.name)!));
  if (item.words?.text) lines.push(block(`“${cap(item.words.text)}”`));
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        content: { type: 'AdaptiveCard', version: '1.4', body: lines },
      },
    ],
  };
}

/** ntfy's JSON publishing: posted to the server's root, the topic in the body (non-ASCII titles cannot go in headers). */
function ntfyRequest(settings: ForwardSettings, item: ForwardItem, text: ForwardText): WireRequest {
  const u = new URL(settings.url);
  const parts = u.pathname.split('/').filter(Boolean);
  const topic = parts.pop() ?? '';
  const root = `${u.origin}/${parts.map((p) => `${p}/`).join('')}`;
  const message = [
    text.body,
    item.words?.name ? cap(item.words.name) : '',
    item.words?.text ? `“${cap(item.words.text)}”` : '',
  ]
    .filter(Boolean)
    .join('\n');
  return {
    url: root,
    headers: {
      'Content-Type': 'application/json',
      ...(settings.token ? { Authorization: `Bearer ${settings.token}` } : {}),
    },
    body: JSON.stringify({
      topic,
      title: text.title,
      message,
      priority: item.severity >= 3 ? 5 : item.severity === 2 ? 4 : 3,
      tags: ['warning'],
    }),
  };
}

/** The request for one finding; `nowSeconds` is the signature's timestamp. */
export async function buildRequest(
  settings: ForwardSettings,
  item: ForwardItem,
  text: ForwardText,
  nowSeconds: number,
): Promise<WireRequest> {
  const json = { 'Content-Type': 'application/json' };
  switch (settings.kind) {
    case 'ntfy':
      return ntfyRequest(settings, item, text);
    case 'google-chat':
      return {
        url: settings.url,
        headers: { 'Content-Type': 'application/json; charset=UTF-8' },
        body: JSON.stringify({ text: plainText(item, text) }),
      };
    case 'teams':
      return { url: settings.url, headers: json, body: JSON.stringify(teamsCard(item, text)) };
    case 'webhook': {
      const body = JSON.stringify(webhookBody(item, text));
      const headers: Record<string, string> = { ...json, [IDEMPOTENCY_HEADER]: item.key };
      if (settings.secret) {
        headers[TIMESTAMP_HEADER] = String(nowSeconds);
        headers[SIGNATURE_HEADER] = await signatureHeader(settings.secret, nowSeconds, body);
      }
      return { url: settings.url, headers, body };
    }
  }
}
