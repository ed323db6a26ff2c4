/**
 * One line in the popup when forwarding is in trouble (docs/forwarding.md): how many alerts wait and
 * since when, and why the last delivery failed, with the way to the settings. Nothing when forwarding
 * is off or delivering.
 */
import { useEffect, useState } from 'preact/hooks';
import { call } from '../api';
import type { Lang } from '../i18n';
import type { ForwardingStatus } from '../../common/protocol';
import { FORWARD_QUEUE_KEY } from '../../common/forwarding-endpoint';
import { onStorageChanged } from '../../browser/storage';
import { extensionUrl } from '../../browser/runtime';
import { openTab } from '../../browser/tabs';

type T = (key: string, ...subs: string[]) => string;
/** An alert waits this long while a delivery is under way before it counts as held up. */
export const HELD_UP_MS = 60_000;
const REASON_MAX = 160;

export interface Trouble {
  waiting: { count: number; since: number } | null;
  failure: { at: number; error: string } | null;
}

/** What is wrong with forwarding now, or null when it is off or healthy. */
export function forwardingTrouble(on: boolean, s: ForwardingStatus | null, now: number): Trouble | null {
  if (!on || !s) return null;
  const last = s.status.lastFailure;
  const failure = last && (s.status.lastSuccessAt === null || last.at > s.status.lastSuccessAt) ? last : null;
  const since = s.oldestQueuedAt ?? null;
  const waiting = s.pending > 0 && since !== null ? { count: s.pending, since } : null;
  if (!failure && (!waiting || now - waiting.since < HELD_UP_MS)) return null;
  return { waiting, failure };
}

function when(ms: number, lang: Lang, now: number): string {
  const locale = lang === 'vi' ? 'vi-VN' : 'en-GB';
  const d = new Date(ms);
  const today = d.toDateString() === new Date(now).toDateString();
  return today
    ? d.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' })
    : d.toLocaleString(locale, { dateStyle: 'short', timeStyle: 'short' });
}

/** The status, read again whenever the queue changes (a delivery, a failure, a retry). */
function useForwardingStatus(on: boolean): ForwardingStatus | null {
  const [status, setStatus] = useState<ForwardingStatus | null>(null);
  useEffect(() => {
    if (!on) return setStatus(null);
    const load = () => void call('forwarding.status', {}).then(setStatus, () => setStatus(null));
    load();
    // Also now and then: an alert that waits without news becomes held up as time passes.
    const timer = setInterval(load, 15_000);
    const stop = onStorageChanged((changes, area) => {
      if (area === 'local' && FORWARD_QUEUE_KEY in changes) load();
    });
    return () => {
      clearInterval(timer);
      stop();
    };
  }, [on]);
  return status;
}

export function ForwardingLine({ on, t, lang }: { on: boolean; t: T; lang: Lang }) {
  const status = useForwardingStatus(on);
  const now = Date.now();
  const trouble = forwardingTrouble(on, status, now);
  const settings = extensionUrl('src/ui/options/index.html#fwd-heading');
  const state = !on ? 'off' : !status ? 'unknown' : trouble ? 'trouble' : 'ok';
  return (
    <div aria-live="polite" data-fwd={state}>
      {trouble && (
        <p class="fwd-trouble" data-testid="fwd-trouble">
          {trouble.waiting && (
            <span class="fwd-waiting">
              {trouble.waiting.count === 1
                ? t('popup_fwd_waiting_one', when(trouble.waiting.since, lang, now))
                : t('popup_fwd_waiting', String(trouble.waiting.count), when(trouble.waiting.since, lang, now))}{' '}
            </span>
          )}
          {trouble.failure && (
            <span class="fwd-failure">
              {t(
                'popup_fwd_failed',
                when(trouble.failure.at, lang, now),
                trouble.failure.error.slice(0, REASON_MAX),
              )}{' '}
            </span>
          )}
          <a
            href={settings}
            onClick={(e) => {
              e.preventDefault();
              void openTab(settings);
            }}
          >
            {t('popup_fwd_settings')}
          </a>
        </p>
      )}
    </div>
  );
}
