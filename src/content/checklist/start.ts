/** The checklist of one session, wired to the log, the worker and the teacher's language. */
import type { ChecklistResume } from '../../common/checklist-resume';
import type { ClassConfig } from '../../common/classes';
import type { Settings } from '../../common/settings';
import type { InstanceState } from '../instance-state';
import { msg } from '../messages';
import { request } from '../messenger';
import { overlayLang } from '../overlay-controller';
import type { Recorder } from '../recorder';
import { createChecklist, type Checklist } from '.';

export function startChecklist(
  state: InstanceState,
  settings: Settings,
  classConfig: ClassConfig | null,
  emit: Recorder['emit'],
  restored?: ChecklistResume,
): Checklist {
  state.checklist?.destroy();
  const lang = overlayLang(settings.language, document);
  return createChecklist({
    doc: document,
    platform: state.platform.platform,
    lang,
    adapter: state.adapter,
    classConfig,
    log: (payload) => emit('checklist.item', { ...payload }),
    logCard: (payload) => emit('checklist.card', { ...payload }),
    restored: restored ?? null,
    say: (key, ...subs) => msg(lang, key, ...subs),
    openGuide: () => void request('guide.open', { lang }).catch(() => undefined),
  });
}
