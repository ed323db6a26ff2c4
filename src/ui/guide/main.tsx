/**
 * The safety guide: for teachers (before a class, when it is disrupted, step by step on each client,
 * how to report), for students and for parents. Vietnamese and English (?lang= picks one), printable.
 */
import { Fragment, render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { PLATFORMS, type Platform } from '../../common/model';
import { useSettings } from '../components/use-settings';
import { usePageLanguage } from '../components/use-page-language';
import { translator, type Lang } from '../i18n';
import { guideLangFromUrl } from './lang';

type T = ReturnType<typeof translator>;

const CLIENT_NAMES: Record<Platform, string> = { meet: 'Google Meet', zoom: 'Zoom', teams: 'Microsoft Teams' };
/** In the order a teacher needs them when a class is disrupted. */
const INCIDENT_ACTIONS = ['share', 'remove', 'lock', 'chat', 'waiting_room'] as const;
/** A list of steps in the tables ends at its first missing number (as the in-meeting panel reads them). */
const MAX_STEPS = 9;

/** The in-meeting panel's steps for an action on a client, from the same _locales keys. */
function stepsFor(t: T, platform: Platform, action: (typeof INCIDENT_ACTIONS)[number]) {
  const base = `panel_step_${platform}_${action}`;
  const steps: string[] = [];
  for (let i = 1; i <= MAX_STEPS && t(`${base}_${i}`) !== `${base}_${i}`; i++) steps.push(t(`${base}_${i}`));
  return { title: t(`${base}_title`), steps };
}

/** Numbered keys guide_<part>_1 … guide_<part>_<n> as a list. */
function Items({ t, part, n, ordered }: { t: T; part: string; n: number; ordered?: boolean }) {
  const items = Array.from({ length: n }, (_, i) => <li key={i}>{t(`guide_${part}_${i + 1}`)}</li>);
  return ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
}

function ClientSteps({ platform, t }: { platform: Platform; t: T }) {
  return (
    <div class="client">
      <h4>{t('guide_steps_title', CLIENT_NAMES[platform])}</h4>
      {INCIDENT_ACTIONS.map((a) => {
        const s = stepsFor(t, platform, a);
        return (
          <div key={a}>
            <p>
              <strong>{s.title}</strong>
            </p>
            <ol>
              {s.steps.map((step, i) => (
                <li key={i}>{step}</li>
              ))}
            </ol>
          </div>
        );
      })}
    </div>
  );
}

/** The school's contacts from settings, as text: the school or its IT typed them. */
function Contacts({ t, school }: { t: T; school: { leadership: string; educationOffice: string; police: string } }) {
  const rows: [string, string][] = [
    [t('guide_contact_leadership'), school.leadership],
    [t('guide_contact_office'), school.educationOffice],
    [t('guide_contact_police'), school.police],
  ];
  const set = rows.filter(([, v]) => v.trim());
  return (
    <>
      <h4>{t('guide_contacts_title')}</h4>
      {set.length ? (
        <dl>
          {set.map(([k, v]) => (
            <Fragment key={k}>
              <dt>{k}</dt>
              <dd>{v.slice(0, 500)}</dd>
            </Fragment>
          ))}
        </dl>
      ) : (
        <p class="muted">{t('guide_contacts_none')}</p>
      )}
    </>
  );
}

function Guide() {
  const { loaded, lang: settingLang } = useSettings();
  const [chosen, setChosen] = useState<Lang | null>(guideLangFromUrl(location.search));
  const lang = chosen ?? settingLang;
  const t = translator(lang);
  usePageLanguage(lang, `${t('guide_title')} – Class Guard`);
  const pick = (l: Lang) => {
    setChosen(l);
    history.replaceState(null, '', `?lang=${l}`);
  };
  // A link to one part (#students from the parent's page) lands there once the page is drawn.
  useEffect(() => {
    const id = location.hash.slice(1);
    if (id) document.getElementById(id)?.scrollIntoView();
  }, []);
  const school = loaded?.settings.school ?? { leadership: '', educationOffice: '', police: '' };
  return (
    <main class="guide" lang={lang}>
      <h1>{t('guide_title')}</h1>
      <p>{t('guide_intro')}</p>
      <div class="tools" role="group" aria-label={t('guide_language')}>
        <button type="button" aria-pressed={lang === 'vi'} onClick={() => pick('vi')} lang="vi">
          {translator('vi')('guide_lang_self')}
        </button>
        <button type="button" aria-pressed={lang === 'en'} onClick={() => pick('en')} lang="en">
          {translator('en')('guide_lang_self')}
        </button>
        <button type="button" class="primary" onClick={() => window.print()}>
          {t('guide_print')}
        </button>
      </div>
      <section id="teachers" aria-labelledby="h-teachers">
        <h2 id="h-teachers">{t('guide_teachers')}</h2>
        <h3>{t('guide_before_title')}</h3>
        <Items t={t} part="before" n={6} />
        <h3>{t('guide_bombed_title')}</h3>
        <Items t={t} part="bombed" n={6} ordered />
        <div class="clients">
          {PLATFORMS.map((p) => (
            <ClientSteps key={p} platform={p} t={t} />
          ))}
        </div>
        <h3>{t('guide_report_title')}</h3>
        <Items t={t} part="report" n={4} ordered />
        <p class="hotline">{t('guide_report_5')}</p>
        <Contacts t={t} school={school} />
      </section>
      <section id="students" aria-labelledby="h-students">
        <h2 id="h-students">{t('guide_students')}</h2>
        <h3>{t('guide_stranger_title')}</h3>
        <Items t={t} part="stranger" n={4} />
        <h3>{t('guide_private_title')}</h3>
        <Items t={t} part="private" n={4} />
        <h3>{t('guide_tell_title')}</h3>
        <Items t={t} part="tell" n={4} />
      </section>
      <section id="parents" aria-labelledby="h-parents">
        <h2 id="h-parents">{t('guide_parents')}</h2>
        <Items t={t} part="parents" n={4} />
      </section>
      <p class="muted">
        <small>{t('guide_footer')}</small>
      </p>
    </main>
  );
}

render(<Guide />, document.getElementById('app')!);
