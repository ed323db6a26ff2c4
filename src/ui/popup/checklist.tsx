/**
 * The pre-class checklist in the popup (docs/checklist.md): the meeting tab's items as it reads
 * them, live; ticks go to the tab, which logs them; the card can be brought back; the class rules
 * copied; the safety guide one click away.
 */
import { useEffect, useState } from 'preact/hooks';
import {
  actionKeys,
  itemKey,
  onePanelAtATime,
  sourceKey,
  type ChecklistItemView,
  type ChecklistStatus,
} from '../../common/checklist';
import type { Platform } from '../../common/model';
import type { ChecklistRequest } from '../../common/protocol';
import { extensionUrl } from '../../browser/runtime';
import { openTab, sendToTab } from '../../browser/tabs';
import { followedTab } from './use-meeting';
import type { Lang } from '../i18n';
import { CopyRulesButton } from '../rules/copy-rules';
import { guidePath } from '../guide/lang';

type T = (key: string, ...subs: string[]) => string;

/** The checklist is read again this often while the popup is open, so it follows the page. */
const POLL_MS = 1_000;

async function ask(req: ChecklistRequest): Promise<ChecklistStatus | null> {
  const tab = await followedTab().catch(() => undefined);
  if (tab?.id === undefined) return null;
  const reply = await sendToTab(tab.id, req).catch(() => undefined);
  return reply?.ok ? reply.value : null;
}

interface ItemProps {
  v: ChecklistItemView;
  t: T;
  platform: Platform;
  send(req: ChecklistRequest): void;
}

function Item({ v, t, platform, send }: ItemProps) {
  const id = `cl-${v.item}`;
  const state = v.page
    ? `${t(v.page.on ? 'checklist_state_on' : 'checklist_state_off')}: ${t(
        sourceKey(v.page.source),
        new Date(v.page.at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }),
      )}`
    : t(v.ticked ? 'checklist_by_teacher' : 'checklist_not_seen');
  return (
    <li data-item={v.item} class={v.done ? 'ok' : ''}>
      <label>
        <input
          type="checkbox"
          checked={v.done}
          disabled={v.page !== null}
          aria-describedby={id}
          onChange={(e) => send({ type: 'checklist', op: 'tick', item: v.item, done: e.currentTarget.checked })}
        />{' '}
        {t(itemKey('item', v.item))}
      </label>
      <br />
      <small id={id} class={v.page && !v.page.on ? 'bad' : 'muted'}>
        {state}
      </small>
      {v.action && (
        <>
          {' '}
          <button type="button" onClick={() => send({ type: 'checklist', op: v.action! })}>
            {t(actionKeys(v.action).label)}
          </button>
        </>
      )}
      {v.item === 'chat-panel' && onePanelAtATime(platform) && (
        <>
          <br />
          <small class="muted">{t('checklist_one_panel')}</small>
        </>
      )}
    </li>
  );
}

export function ChecklistSection({ t, lang }: { t: T; lang: Lang }) {
  const [status, setStatus] = useState<ChecklistStatus | null | undefined>(undefined);
  const send = (req: ChecklistRequest) => void ask(req).then(setStatus);
  useEffect(() => {
    send({ type: 'checklist', op: 'get' });
    const timer = setInterval(() => send({ type: 'checklist', op: 'get' }), POLL_MS);
    return () => clearInterval(timer);
  }, []);
  const guide = (
    <button type="button" onClick={() => void openTab(extensionUrl(guidePath(lang)))}>
      {t('guide_open')}
    </button>
  );
  if (status === undefined) return null;
  if (status === null)
    return (
      <section aria-labelledby="checklist-title" class="checklist">
        <h2 id="checklist-title">{t('checklist_popup_title')}</h2>
        <p class="muted">{t('checklist_no_meeting')}</p>
        <p>
          <CopyRulesButton rules={null} t={t} /> {guide}
        </p>
      </section>
    );
  const done = status.items.filter((v) => v.done).length;
  return (
    <section aria-labelledby="checklist-title" class="checklist">
      <h2 id="checklist-title">
        {t('checklist_popup_title')}{' '}
        <small class="muted">{t('checklist_done_count', String(done), String(status.items.length))}</small>
      </h2>
      {!status.host && <p class="muted">{t('checklist_not_host')}</p>}
      <ul style={{ listStyle: 'none', padding: 0, display: 'grid', gap: '6px' }}>
        {status.items.map((v) => (
          <Item key={v.item} v={v} t={t} platform={status.platform} send={send} />
        ))}
      </ul>
      <p>
        {status.card !== 'shown' && (
          <button type="button" onClick={() => send({ type: 'checklist', op: 'show' })}>
            {t('checklist_show_card')}
          </button>
        )}{' '}
        <CopyRulesButton
          rules={status.rules}
          t={t}
          label={status.className ? `${t('rules_copy')} (${status.className.slice(0, 60)})` : undefined}
        />{' '}
        {guide}
      </p>
    </section>
  );
}
