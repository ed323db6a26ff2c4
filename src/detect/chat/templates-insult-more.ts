/**
 * More insults by shape: "shut up" with a name-call ("câm đi con khỉ"), someone likened to a beggar, a
 * clown or an obscene word ("nhìn m như thằng ăn mày", "thk nay nhu cc"), a bad quality "worse than" an
 * animal ("ngu hơn con bò"), contempt for what someone is ("mày là cái loại gì"), a face that offends
 * the eye; in English, a dismissal with a name-call ("leave us alone weirdo"), "who let u in",
 * "imagine being this dumb", someone kept out of the group.
 */
import { H, T, alternatives, type Template } from './template-kit';
import { ANIMALS, AS, BAD, F_AS, F_WHO, NOT_SCOLDED, RUBBISH, WHO } from './templates-insult';

// Names a pupil is called by, besides animals: what the name-call after "shut up" may be.
const NAMES = [...ANIMALS, 'khỉ đột', 'điên', 'khùng', 'ngu', 'đần', 'hâm', 'dở hơi', 'ranh', 'phù thủy', 'ăn mày'];
const OBSCENE = ['cc', 'cl', 'lồn', 'cặc', 'buồi', 'loz'];
const POINT = '(?: (?:kia|này|à|ơi|kìa))?';

export const INSULT_MORE: Template[] = [
  {
    id: 'chat.insult.thing',
    cat: 'insult',
    sev: 2,
    tier: 'alert',
    view: 'acc',
    hint: H({ acc: ['im', 'câm', 'cút', 'biến'], fold: [] }),
    re: T(
      `^(?:im|câm|cút|biến)(?: (?:đi|mồm|miệng|mồm đi|miệng đi))? (?:con|thằng|đồ) (?:${alternatives(NAMES)})${POINT}$`,
    ),
  },
  {
    // Called out as the whole message by a person word and what no animal is ("con mụ phù thủy kia",
    // "thằng bựa"): a fairy tale's "mụ phù thủy" is named without "con" or "thằng".
    id: 'chat.insult.thing',
    cat: 'insult',
    sev: 2,
    tier: 'alert',
    view: 'acc',
    hint: H({ acc: ['con', 'thằng', 'đồ'], fold: [] }),
    re: T(
      `^(?:con|thằng|đồ) (?:mụ )?(?:${alternatives(['phù thủy', 'ăn mày', 'hề', 'điên', 'khùng', 'ranh', 'ranh con', 'ôn con', 'bựa', 'hãm', 'trẻ trâu'])})${POINT}$`,
    ),
  },
  {
    // Likened to a beggar or a clown (with the person word: "như thằng ăn mày"), or to an obscene word.
    id: 'chat.insult.likened',
    cat: 'insult',
    sev: 2,
    tier: 'alert',
    view: 'acc',
    hint: H({ acc: ['ăn mày', 'ăn xin', 'hề', ...OBSCENE], fold: [] }),
    re: T(
      `(?<=${WHO} (?:[^ ]+ ){0,3})${AS} (?:(?:thằng|con|đồ) (?:ăn mày|ăn xin|hề)|(?:cái |con )?(?:${alternatives(OBSCENE)}))`,
    ),
  },
  {
    id: 'chat.insult.likened',
    cat: 'insult',
    sev: 2,
    tier: 'alert',
    view: 'fold',
    hint: H({ acc: [], fold: ['cc', 'cl', 'loz', 'cut'] }),
    re: T(`(?<=${F_WHO} (?:[^ ]+ ){0,3})${F_AS} (?:cai |con |cuc )?(?:cc|cl|loz|cut)$`),
  },
  {
    // Worse than an animal, opening the message: "ngu hơn con bò", "dốt còn hơn cả con lợn".
    id: 'chat.insult.likened',
    cat: 'insult',
    sev: 2,
    tier: 'alert',
    view: 'acc',
    hint: H({ acc: ['hơn', 'thua'], fold: [] }),
    re: T(
      `^${BAD} (?:quá |thế |vậy )?(?:hơn|còn hơn|thua) (?:cả )?(?:con |cái |đống )?(?:${alternatives([...ANIMALS, ...RUBBISH])})(?! (?:là|có nghĩa|nghĩa là))`,
    ),
  },
  {
    // Contempt for what someone is: "mày là cái loại gì vậy" ("con này là loại gì" asks about an animal).
    id: 'chat.insult.thing',
    cat: 'insult',
    sev: 2,
    tier: 'alert',
    view: 'acc',
    hint: H({ acc: ['loại', 'thứ', 'giống'], fold: [] }),
    re: T(`(?:mày|m|mi|bọn mày|tụi mày|chúng mày) (?:là |đúng là )?(?:cái )?(?:loại|thứ|giống) (?:người )?gì`),
  },
  {
    id: 'chat.insult.thing',
    cat: 'insult',
    sev: 2,
    tier: 'alert',
    view: 'fold',
    hint: H({ acc: [], fold: ['thu', 'giong'] }),
    re: T(`^(?:may|m) (?:la |dung la )?(?:cai )?(?:thu|giong) gi`),
  },
  {
    // Unaccented words no other word shares, said of someone: "thang nay dot nat the nhi".
    id: 'chat.insult.likened',
    cat: 'insult',
    sev: 2,
    tier: 'alert',
    view: 'fold',
    hint: H({ acc: [], fold: ['dot nat', 'ngu dot', 'dan don'] }),
    re: T(`(?:may|m|thang [^ ]+|con (?:kia|nay|do)) (?:[^ ]+ )?(?:dot nat|ngu dot|dan don)`),
  },
  {
    // A group called a lot of good-for-nothings: "bọn lớp 7A toàn lũ ăn hại", "tụi mày là lũ ngu".
    id: 'chat.insult.thing',
    cat: 'insult',
    sev: 2,
    tier: 'alert',
    view: 'acc',
    hint: H({ acc: ['lũ', 'bọn', 'đám', 'tụi'], fold: [] }),
    re: T(
      `(?:toàn|là|đúng là|một|cả) (?:lũ|bọn|đám|tụi) (?:${alternatives(['ăn hại', 'ngu', 'vô dụng', 'khốn nạn', 'mất dạy', 'rác rưởi', 'hèn', 'ăn bám', 'súc vật', 'óc chó', 'não tôm'])})(?! ngơ)`,
    ),
  },
  {
    // A face that offends the eye: "nhìn cái mặt m đã thấy ngứa mắt".
    id: 'chat.insult.thing',
    cat: 'insult',
    sev: 2,
    tier: 'alert',
    view: 'acc',
    hint: H({ acc: ['ngứa mắt', 'chướng mắt', 'tởm', 'gớm'], fold: [] }),
    re: T(
      `(?:mặt|nhìn) (?:[^ ]+ ){0,2}(?:mày|m|mi|thằng [^ ]+|con (?:kia|này|đó)) (?:[^ ]+ ){0,3}(?:ngứa mắt|chướng mắt|tởm|gớm|ghê tởm|kinh tởm)`,
    ),
  },
  {
    // English: a dismissal with a name-call, or a name-call then a dismissal; "who let u in"; "imagine
    // being this dumb"; someone kept out of the group.
    id: 'chat.insult.exclusion',
    cat: 'insult',
    sev: 2,
    tier: 'alert',
    view: 'fold',
    hint: H({ acc: [], fold: ['leave', 'get out', 'bye', 'go away', 'get lost'] }),
    re: T(
      `(?:leave (?:us|me) alone|get out|just leave|bye) (?:you )?(?:freak|loser|weirdo|creep|idiot|nobody|fatty|fatso|crybaby|dummy|nerd|dork|clown)$|(?:weird|weirdo|creep|freak|cringe|loser|annoying|ugly|stupid|dumb) (?:just |pls |please )?(?:leave|go away|get lost|get out)(?: (?:already|now|lol))?$|(?:can|could) (?:you|u) just (?:leave|go away|get out)(?: (?:already|now|lol))?$`,
    ),
  },
  {
    id: 'chat.insult.exclusion',
    cat: 'insult',
    sev: 2,
    tier: 'alert',
    view: 'fold',
    hint: H({ acc: [], fold: ['let', 'added', 'invited', 'imagine'] }),
    re: T(
      `^(?:ew |ugh |eww |omg )?who (?:let|added|invited) (?:you|u|him|her|this [^ ]+) (?:in|here|in here)$|imagine being (?:this|so) (?:dumb|stupid|ugly|fat|annoying|cringe|slow)|(?:don t|dont|do not) let (?:him|her|them|that [^ ]+) (?:join|sit with us|play with us)`,
    ),
  },
  {
    // English oaths shortened: "f u" as the whole message or before a word of address, "stfu" (it holds
    // the word), "fu bro"; "kung fu" and a spelled "f u n" are not.
    id: 'chat.profanity.oath',
    cat: 'profanity',
    sev: 2,
    tier: 'alert',
    view: 'fold',
    hint: H({ acc: [], fold: ['f', 'fu', 'stfu'] }),
    re: T(`^(?:f|fu) (?:you|ya)(?: (?:bro|man|dude|all|too|lol))?$|^fu (?:bro|man|dude)$|stfu`),
  },
];

/** Read only in a message typed wholly without diacritics, like INSULT_UNACCENTED: the same shapes. */
export const INSULT_UNACCENTED_MORE: Template[] = [
  {
    id: 'chat.insult.thing',
    cat: 'insult',
    sev: 2,
    tier: 'alert',
    view: 'fold',
    hint: H({ acc: [], fold: ['im', 'cam', 'cut', 'bien'] }),
    re: T(
      `^(?:im|cam|cut|bien)(?: (?:di|mom|mieng|mom di|mieng di))? (?:con|thang|do) (?:${alternatives(['cho', 'lon', 'heo', 'khi', 'bo', 'trau', 'chuot', 'dien', 'khung', 'ngu', 'dan', 'ham', 'phu thuy', 'an may', 'ranh'])})(?: (?:kia|nay|a|oi))?$`,
    ),
  },
  {
    // Likened to a beggar or a clown, a ghost for ugliness, worse than an animal: "nhin m nhu thang an
    // may", "con nho do xau nhu ma", "ngu hon con bo".
    id: 'chat.insult.likened',
    cat: 'insult',
    sev: 2,
    tier: 'alert',
    view: 'fold',
    hint: H({ acc: [], fold: ['an may', 'an xin', 'he', 'ma', 'quy', 'hon'] }),
    re: T(
      `(?<=(?:${F_WHO}|con nho) (?:[^ ]+ ){0,3})(?:${F_AS} (?:thang|con) (?:an may|an xin|he)|xau ${F_AS} (?:con )?(?:ma|quy)(?! (?:la|co)))|^(?:ngu|dan|dot) (?:qua |the )?(?:hon|con hon) (?:ca )?con (?:bo|lon|heo|cho|trau|khi|lua)`,
    ),
  },
  {
    // "may dung la do vo dung", "may la thu rac ruoi": someone called rubbish with "đúng là" or "thứ".
    id: 'chat.insult.thing',
    cat: 'insult',
    sev: 2,
    tier: 'alert',
    view: 'fold',
    hint: H({ acc: [], fold: ['la'] }),
    re: T(
      `${NOT_SCOLDED}(?:may|m|thang [^ ]+|con (?:kia|nay)) (?:dung la|la) (?:do|thu|loai|cuc|dong) (?:rac|rac ruoi|can ba|cut|vo dung|an hai|phe vat|vo hoc)`,
    ),
  },
];
