/**
 * The learned-roster offer in the meeting tab (docs/detectors.md, "Learning mode"): once the learning
 * window ends, a card in the overlay lists the names learned as the class with "Save" and "Not now",
 * as the popup does; nothing is saved without a click. It stays until answered here or in the popup.
 */
import type { LearnedSaveReply } from '../../common/protocol';
import type { Guards } from '../guards';
import { msg, type Lang } from '../messages';
import type { OverlayHost } from '../overlay/host';

/** Names come from the page: the list is capped, and so is each name. */
const NAMES_SHOWN = 30;
const NAME_MAX = 80;
/** How long the result line stays once the teacher answered. */
const RESULT_MS = 8_000;

export interface LearnedOfferDeps {
  doc: Document;
  host: OverlayHost;
  lang: Lang;
  save(names: string[]): Promise<LearnedSaveReply>;
}

export interface LearnedOffer {
  /** Each read of the meeting: shows the card when the offer is made, hides it once answered elsewhere. */
  update(guards: Pick<Guards, 'learning' | 'answerLearnedOffer'>): void;
  setLang(lang: Lang): void;
  destroy(): void;
}

const STYLE = `.cg-learned{position:fixed;left:16px;bottom:96px;z-index:2147483646;max-width:340px;box-sizing:border-box;
padding:12px 14px;border-radius:10px;background:#fff;color:#1f1f1f;font:14px/1.4 system-ui,sans-serif;
box-shadow:0 4px 18px rgba(0,0,0,.25);border:1px solid #c7c7c7}
.cg-learned h2{font-size:15px;margin:0 0 6px}.cg-learned p{margin:0 0 8px;color:#444}
.cg-learned ul{margin:0 0 10px;padding-left:18px;max-height:140px;overflow:auto}
.cg-learned .row{display:flex;gap:8px}.cg-learned button{font:inherit;padding:6px 12px;border-radius:6px;
border:1px solid #888;background:#f4f4f4;color:#1f1f1f;cursor:pointer}
.cg-learned button.primary{background:#0b57d0;border-color:#0b57d0;color:#fff}
.cg-learned button:focus-visible{outline:3px solid #f9ab00;outline-offset:2px}`;

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, cls: string, text?: string) {
  const e = doc.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

type T = (key: string, ...subs: (string | number)[]) => string;

function drawCard(doc: Document, t: T, names: readonly string[], answer: (save: boolean) => void): HTMLElement {
  const c = el(doc, 'section', 'cg-learned');
  c.setAttribute('role', 'region');
  c.setAttribute('aria-labelledby', 'cg-learned-h');
  const h = el(doc, 'h2', '', t('panel_learned_title', names.length));
  h.id = 'cg-learned-h';
  const list = el(doc, 'ul', 'names');
  for (const name of names.slice(0, NAMES_SHOWN))
    list.append(el(doc, 'li', '', name.length > NAME_MAX ? `${name.slice(0, NAME_MAX)}…` : name));
  if (names.length > NAMES_SHOWN)
    list.append(el(doc, 'li', 'more', t('panel_learned_more', names.length - NAMES_SHOWN)));
  const save = el(doc, 'button', 'primary save', t('panel_learned_save'));
  const later = el(doc, 'button', 'not-now', t('panel_learned_not_now'));
  save.type = later.type = 'button';
  save.addEventListener('click', () => answer(true));
  later.addEventListener('click', () => answer(false));
  const row = el(doc, 'div', 'row');
  row.append(save, later);
  c.append(el(doc, 'style', '', STYLE), h, el(doc, 'p', 'help', t('panel_learned_help')), list, row);
  return c;
}

export function createLearnedOffer(deps: LearnedOfferDeps): LearnedOffer {
  const { doc, host } = deps;
  let lang = deps.lang;
  let card: HTMLElement | null = null;
  let shown: readonly string[] | null = null;
  /** The offer on screen: a new array at every read, the same offer while its end and size stay. */
  let shownKey = '';
  let answering = false;
  let guardsRef: Pick<Guards, 'learning' | 'answerLearnedOffer'> | null = null;
  const t: T = (key, ...subs) => msg(lang, key, ...subs);

  const remove = () => {
    card?.remove();
    card = null;
  };

  const finish = (line: string) => {
    if (!card) return;
    const result = el(doc, 'p', 'result', line);
    result.setAttribute('role', 'status');
    card.replaceChildren(card.querySelector('style')!, result);
    const done = card;
    setTimeout(() => done === card && remove(), RESULT_MS);
  };

  async function answer(save: boolean): Promise<void> {
    if (!shown || answering) return;
    answering = true;
    const names = [...shown];
    try {
      if (!save) {
        guardsRef?.answerLearnedOffer();
        return finish(t('panel_learned_declined'));
      }
      const r = await deps.save(names).catch((): LearnedSaveReply => ({ ok: false, reason: 'gone' }));
      if (r.ok) guardsRef?.answerLearnedOffer();
      finish(
        r.ok
          ? t('panel_learned_saved', r.count, r.className.slice(0, NAME_MAX))
          : r.reason === 'locked'
            ? t('panel_learned_locked')
            : t('panel_learned_failed'),
      );
    } finally {
      answering = false;
    }
  }

  function draw(names: readonly string[]): void {
    remove();
    card = drawCard(doc, t, names, (save) => void answer(save));
    host.layer.append(card);
  }

  return {
    update(guards) {
      guardsRef = guards;
      const offer = guards.learning().offer;
      if (!offer) {
        // Answered in the popup: the card goes (a result line shown here stays its time).
        if (shown && card?.querySelector('.save')) remove();
        shown = null;
        shownKey = '';
        return;
      }
      const key = `${offer.endedAt}:${offer.names.length}`;
      if (key === shownKey) return;
      shownKey = key;
      shown = offer.names;
      draw(offer.names);
    },
    setLang(next) {
      if (next === lang) return;
      lang = next;
      if (shown && card?.querySelector('.save')) draw(shown);
    },
    destroy: remove,
  };
}
