import { lookupTable } from '../../shared/lookup';

/** Chat shorthand → the word, used by templates (not by the profanity lexicon). */
export const TEENCODE = lookupTable<string>({
  k: 'không', ko: 'không', kh: 'không', khg: 'không', hok: 'không', hong: 'không', hông: 'không', kg: 'không', kô: 'không', hem: 'không', khum: 'không',
  j: 'gì', gi: 'gì', z: 'vậy', zậy: 'vậy', dậy: 'vậy', mik: 'mình', mk: 'mình', mh: 'mình', mjk: 'mình', mjnh: 'mình',
  dc: 'được', đc: 'được', dk: 'được', đk: 'được', dcj: 'được', e: 'em', ak: 'à', ah: 'à', ns: 'nói', nch: 'nói chuyện', nt: 'nhắn tin',
  rùi: 'rồi', roài: 'rồi', h: 'giờ', ck: 'chồng', vk: 'vợ', cx: 'cũng', cg: 'cũng', trc: 'trước', wá: 'quá', qá: 'quá', iu: 'yêu',
  thik: 'thích', bít: 'biết', bík: 'biết', bik: 'biết', hum: 'hôm', nhìu: 'nhiều', zô: 'vô', ms: 'mới', sdt: 'sđt', ib: 'inbox', ntn: 'như thế nào',
  bn: 'bao nhiêu', bnh: 'bao nhiêu', bh: 'bây giờ', bjo: 'bây giờ', fb: 'facebook', zl: 'zalo', ng: 'người', nhma: 'nhưng mà', nma: 'nhưng mà',
  tui: 'tôi', bme: 'bố mẹ', bm: 'bố mẹ', wa: 'qua', đag: 'đang', dag: 'đang', hk: 'không', cj: 'chị',
  u: 'you', ur: 'your', ya: 'you', pls: 'please', plz: 'please', wanna: 'want to', gonna: 'going to', imma: 'i am going to', finna: 'going to', pics: 'pic',
});
