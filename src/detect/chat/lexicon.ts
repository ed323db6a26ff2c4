/**
 * Word lists by category and tier. Written by hand from chat-detection.md, moderation practice and
 * ViHOS train/dev (never test). Spelling rules:
 * - a term with a Vietnamese diacritic matches only words written with those diacritics ("lồn", not "lon");
 * - an ASCII term matches the diacritics-free view, so ASCII terms must be unambiguous when folded
 *   ("dit me", "vcl", "loz"; never "lon", "cac", "buoi", "deo", "cho", "ngu");
 * - a term prefixed "=" matches only exactly as written (ASCII words whose accented twins are innocent: "=ngu" ≠ ngủ).
 * Modes: strong (always counts), target (needs a 2nd-person target or a "thằng/con + Name" / @mention
 * nearby), voc (target, or said at the start/end of a message: "shut up idiot"), rule (context rules
 * in classify.ts: vl, cc, cl, ml, dm, lol), person (like target, but also said of anyone who is not the
 * writer: "ad ngu", "phát biểu ngu" count; "em ngu quá" does not; at the start of a message it is review).
 */
import type { Severity, Tier } from '../../shared/model';
import type { ChatCategory } from './types';

export type Mode = 'strong' | 'target' | 'voc' | 'person' | 'rule';

export interface TermGroup {
  cat: ChatCategory;
  sev: Severity;
  tier: Tier;
  mode: Mode;
  terms: string;
}

export const GROUPS: TermGroup[] = [
  // ---- profanity ----
  {
    cat: 'profanity', sev: 2, tier: 'alert', mode: 'strong',
    terms: 'địt|đjt|đit|djt|đụ|lồn|buồi|cặc|đéo|đĩ|đm|đmm|đcm|đkm|đkmm|đcmm|đmcs|đmmm|địt mẹ|đụ mẹ|đụ má|đù má|địt cụ|địt con mẹ|con mẹ mày|mẹ mày|' +
      'clgt|clmm|vclz|vloz|đml|dml|dit me|dit cu|dit con me|dit me may|du ma|du me|duma|đuma|đụ mé|dcm|dkm|dmm|dcmm|dkmm|dmcs|clm|cmm|vcl|vkl|vcc|vcđ|loz|lozz|lìn|clg|' +
      'con cac|cai lon|cai cac|cai buoi|dau buoi|vai lon|vailon|vailoz|vai loz|vai lol|vailol|vl lon|xao lon|xam lon|xao lol|xam lol|xao loz|mat lon|oc lon|' +
      'máu lồn|xạo lồn|xàm lồn|vãi lồn|vãi l|đầu buồi|con cặc|cái lồn|cái cặc|óc lồn|' +
      'fuck|fucking|fuckin|fucker|fucked|fucks|motherfucker|motherfucking|fck|fuk|fuq|phuck|fcking|fking|cunt|asshole|bitch|bitches|bullshit|' +
      'wanker|twat|dickhead|son of a bitch|piss off',
  },
  {
    cat: 'profanity', sev: 1, tier: 'alert', mode: 'strong',
    terms: 'đếch|đệt|đệch|éo|đíu|cứt|cmn|cmnr|mẹ kiếp|me kiep|chết mẹ|bỏ mẹ|vãi đái|vãi cả|vãi cứt|mẹ nó chứ|mịa|mịa nó|quần què|chết tiệt|đáng chết|' +
      'méo hiểu|méo biết|méo cần|méo thèm|méo quan tâm|méo phải|méo có|méo ai|' +
      '' +
      'shit|shitty|wtf|damn it|goddamn|dammit|crap',
  },
  { cat: 'profanity', sev: 1, tier: 'alert', mode: 'rule', terms: 'vl|cc|cl|ml|dm|lol|dell|del' },
  { cat: 'insult', sev: 2, tier: 'alert', mode: 'rule', terms: 'sủa' },
  { cat: 'profanity', sev: 1, tier: 'review', mode: 'strong', terms: 'mẹ nó|bố mày|ass|dick|damn' },
  // ---- insults ----
  {
    cat: 'insult', sev: 2, tier: 'alert', mode: 'strong',
    terms: 'óc chó|oc cho|đồ ngu|do ngu|thằng ngu|thang ngu|con ngu|đồ chó|thằng chó|thang cho|lũ chó|bọn chó|chó má|chó chết|đồ khốn|khốn nạn|khon nan|thằng khốn|' +
      'súc vật|suc vat|súc sinh|mất dạy|mat day|vô học|bố láo|láo toét|mất nết|thiểu năng|thieu nang|não tôm|não phẳng|óc lợn|óc bò|óc trâu|' +
      'đồ điên|thằng điên|con điên|thằng khùng|con khùng|thằng hâm|con hâm|đồ hâm|đồ thần kinh|câm mồm|im mồm|câm mõm|im mõm|im mẹ mồm|câm miệng|câm cái mồm|im cái mồm|ngậm mồm|câm cái mõm|cam mom|im mom|' +
      'ngu như bò|ngu như lợn|ngu như chó|ngu lồn|ngu vl|ngu vcl|ngu như lol|đồ rác rưởi|đồ ăn hại|thằng ăn hại|đồ con hoang|con hoang|đồ mặt dày|' +
      'đồ bẩn thỉu|đồ hèn|đi chết đi|chết đi con|cút đi|cút mẹ|biến đi cho khuất mắt|đồ biến thái|thằng biến thái|đồ tồi|đồ đê tiện|đầu đất|đồ đần|thằng đần|con đần|' +
      'con đĩ|đồ đĩ|thằng đĩ|mặt lồn|thằng hề|đồ ngốc|thằng ngốc|đồ béo|con lợn béo|thằng béo|đồ xấu xí|đồ nhà quê|đồ ngáo|thằng ngáo|con chó này|thằng chó này|' +
      'stfu|shut the fuck up|dumbass|dumb ass|jackass|douchebag|douche|dipshit|nobody likes you|you suck|u suck|go die|go to hell|loser ass|piece of shit|pos',
  },
  { cat: 'insult', sev: 3, tier: 'alert', mode: 'strong', terms: 'kys|kill yourself|kill urself|kill yourselves|go kill yourself|neck yourself|mày đi chết đi|mày chết đi|m chết đi|tự tử đi|đi tự tử đi' },
  {
    cat: 'insult', sev: 2, tier: 'alert', mode: 'target',
    terms: 'dốt|điên|hâm|ngáo|xấu|béo|lợn|chó|bò|trẩu|trẻ trâu|phèn|hãm|láo|đểu|hèn|tởm|bẩn|rác|rác rưởi|cặn bã|điếc|mù|xạo|xàm|sủa|ngốc|khờ|đụt|' +
      'dở hơi|vô dụng|thần kinh|tâm thần|ăn hại|hôi|xấu xí|ế|ngáo đá|chết đi|im đi|câm|cút|biến|hề|' +
      'stupid|dumb|ugly|fat|trash|pathetic|worthless|freak|weirdo|clown|noob|gay|annoying|disgusting|useless|a joke|shut up',
  },
  { cat: 'insult', sev: 2, tier: 'alert', mode: 'person', terms: '=ngu|ngu vãi|ngu ngốc|ngu si|ngu dốt|ngu học|đần|khùng|ngáo|thiểu não' },
  { cat: 'insult', sev: 2, tier: 'alert', mode: 'voc', terms: 'idiot|idiots|moron|morons|loser|losers|retard|retarded|imbecile|jerk|scum|cretin|bastard|whore|slut|hoe' },
  // ---- sexual ----
  {
    cat: 'sexual', sev: 2, tier: 'alert', mode: 'strong',
    terms: 'địt nhau|chịch|chịch nhau|xoạc|nứng|thủ dâm|làm tình|ảnh nóng|ảnh nude|ảnh khỏa thân|clip nóng|clip sex|phim sex|phim heo|phim jav|show hàng|bú cu|bú lồn|bú cặc|liếm lồn|' +
      'móc lồn|sục cặc|vú to|sờ vú|bóp vú|sờ ngực|bóp ngực|xem ngực|ngực em|vú em|xem vú|sờ mông|bóp mông|hiếp dâm|ấu dâm|dâm dục|dâm đãng|dâm tặc|khỏa thân|cởi đồ|cởi quần|cởi áo ra|lên giường|' +
      'chich nhau|dit nhau|phim sex|anh nong|clip nong|thu dam|' +
      'porn|porno|pornhub|xnxx|xvideos|xhamster|onlyfans|nude|nudes|send nudes|horny|blowjob|handjob|dick pic|boobs|tits|titties|pussy|cock|sexting|jerk off|cum|cumming|hentai|milf|' +
      'have sex|wanna have sex|sex with me|sexy pics',
  },
  { cat: 'sexual', sev: 1, tier: 'review', mode: 'strong', terms: 'sex|sexy|gợi cảm|nóng bỏng|dâm|biến thái|chim to' },
  // ---- hate ----
  {
    cat: 'hate', sev: 3, tier: 'alert', mode: 'strong',
    terms: 'nigger|niggers|nigga|niggas|faggot|faggots|fag|chink|gook|kike|spic|tranny|towelhead|wetback|' +
      'bắc kỳ|bắc kì|nam kỳ|nam kì|parky|bac ky|nam ky|ba que|3 que|tàu khựa|khựa|chệt|mọi rợ|đồ mọi|mọi đen|thằng mọi|con mọi|bê đê|pê đê|bede|pede|xăng pha nhớt|' +
      'đồ đồng tính|bọn đồng tính|đồ bóng|con bóng|đồ pê đê|bóng lộ|bò đỏ|đồ tàn tật|thằng què|đồ khuyết tật|đồ thiểu năng',
  },
  { cat: 'hate', sev: 2, tier: 'alert', mode: 'strong', terms: 'go back to your country|white trash|dirty immigrant|dân tộc mọi|đồ dân tộc|thằng tàu|con tàu khựa' },
];

/** Everyday words that contain a listed one ("ngu ngơ" = naive): never flagged. */
export const BUILT_IN_ALLOWED = ['ngu ngơ', 'điên đầu', 'đau điên'];

/** Second-person and other targets that make an ambiguous insult count. */
export const TARGETS = new Set([
  'mày', 'm', 'mi', 'bây', 'mầy', 'mài', 'tụi mày', 'bọn mày', 'chúng mày', 'tụi m', 'bọn m', 'chúng m', 'tụi bây', 'bọn bây', 'mấy đứa', 'you', 'u', 'ya', 'ur', 'youre', 'yall',
  'thầy', 'cô', 'thằng', 'thg', 'tk', 'đồ', 'bạn', 'cậu', 'ông', 'bà', 'mụ', 'lão', 'nó', 'chúng nó', 'tụi nó', 'bọn nó', 'mấy thằng', 'thằng này', 'con này', 'cái thằng',
  'he', 'she', 'they', 'him', 'her', 'them', 'hes', 'shes', 'ure',
]);

/** Words allowed between a target and the insult ("mày ngu quá", "you are so stupid"). */
export const FILLERS = new Set([
  'quá', 'thật', 'thiệt', 'rất', 'vãi', 'vl', 'vcl', 'thế', 'vậy', 'lắm', 'như', 'là', 'đúng', 'bị', 'hơi', 'cực', 'siêu', 'đã', 'đang', 'sẽ', 'cũng', 'còn', 'nhất',
  'qá', 'wá', 'con', 'cái', 'thì', 'dạy', 'nói', 'làm', 'học', 'chơi', 'viết', 'hát', 'code', 'mới', 'đúng là', 'trông', 'nhìn', 'thấy', 'có', 'à', 'ạ', 'nhỉ', 'đấy', 'đó', 'này', 'kia', 'kìa', 'hả', 'chắc', 'ghê', 'dữ', 'vậy mà',
  'so', 'are', 'r', 'is', 're', 'such', 'a', 'an', 'very', 'really', 'fucking', 'just', 'being', 'kind', 'of', 'the', 'most', 'too', 'look', 'sound', 'soo', 'sooo', 'fr', 'ngl', 'truly', 'totally', 'literally', 'll', 'm', 'been', 'was', 'were', 'be', 'always', 'still', 'tht', 'go', 'and',
]);

/** The writer speaking of themself: "em ngu quá", "mình dốt toán". */
export const FIRST_PERSON = new Set(['em', 'e', 'mình', 'mik', 'mk', 'mh', 'tớ', 'tôi', 'tui', 'tao', 't', 'con', 'cháu', 'i', 'im', 'ta', 'bọn mình', 'tụi mình', 'chúng mình', 'chúng em', 'bọn em', 'tụi em']);

/** Things, not people: "bài này ngu quá" is a complaint about the exercise (review, not alert). */
export const THINGS = new Set(['bài', 'câu', 'đề', 'môn', 'game', 'máy', 'mạng', 'wifi', 'app', 'slide', 'lỗi', 'cái', 'trò', 'phim', 'luật', 'cách', 'kiểu', 'ý', 'hệ', 'zoom', 'meet', 'teams', 'web', 'trang', 'phần', 'chương', 'quy', 'điện', 'laptop', 'bt', 'btvn', 'thiết', 'đồ']);

/** "thằng/con + Name": these words before any word make that word a target. */
export const NAMERS = new Set(['thằng', 'con', 'thg', 'tk', 'đồ', 'đứa', 'bọn', 'tụi', 'lũ', 'lớp']);

/** "con này", "thằng kia", "cả lớp này": a namer followed by one of these is a target. */
export const DEMONSTRATIVES = new Set(['này', 'kia', 'đấy', 'đó', 'ấy', 'nay', 'kia kìa']);
