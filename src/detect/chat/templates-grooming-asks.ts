/**
 * Grooming cues asked outright: the child alone at home asked with any question particle, the child's
 * own room (sleeping there, locking it), what the child is wearing, gifts bought on condition of
 * obedience, nobody understanding the child as the adult does, an adoptive "big brother", a meeting
 * place named, photos sent to the adult, a talk or a camera "just with" him, a parents' sleep asked in
 * English. Review cues; two families from one sender escalate.
 */
import type { Template } from './template-kit';
import { ADULT, YOUNG, groomingCue as cue } from './grooming-kit';

const ASK = '(?:à|hả|hở|không|chưa|chứ|phải không|đúng không|nhỉ)';
// The question ends there or with whom it asks: "Khi ở nhà một mình, không mở cửa…" is a rule taught.
const ASKED = `${ASK}(?=$| ${YOUNG}$| (?:vậy|thế|đó|đấy))`;

export const GROOMING_ASKS: Template[] = [
  cue('probing', 'acc', `ở nhà (?:có )?(?:một mình|1 mình) ${ASKED}`, ['một mình', '1 mình']),
  cue(
    'probing',
    'acc',
    `${YOUNG} (?:[^ ]+ ){0,2}ngủ (?:ở )?phòng riêng ${ASK}|phòng ${YOUNG} (?:có )?(?:khóa|khoá|chốt) (?:cửa )?(?:được )?${ASK}`,
    ['phòng riêng', 'khóa', 'khoá', 'chốt'],
  ),
  // What the child wears, asked as the whole question ("e đang mặc gì đó"), or clothes a child is asked
  // about ("nay mặc váy ngắn đi học ko e"); English drills are a text studied.
  cue(
    'probing',
    'acc',
    `${YOUNG} (?:đang |hôm nay |nay )?mặc (?:gì|cái gì|đồ gì)(?: (?:đó|đấy|thế|vậy))?$|mặc (?:váy ngắn|quần đùi|quần ngắn|đồ ngủ|đồ bơi|bikini|đồ lót|áo hai dây) (?:[^ ]+ ){0,3}(?:không|hả|à) ${YOUNG}|what (?:are|r) (?:you|u) wearing`,
    ['mặc', 'wearing'],
  ),
  cue(
    'gifts',
    'acc',
    `(?:chỉ cần|miễn là|miễn|với điều kiện) ${YOUNG} (?:[^ ]+ )?(?:ngoan|nghe lời|chiều ${ADULT}|làm theo|bật cam|gửi ảnh|im lặng)`,
    ['chỉ cần', 'miễn', 'với điều kiện'],
  ),
  cue(
    'flattery',
    'acc',
    `(?:không|chẳng|chả) ai (?:hiểu|thương|yêu|quan tâm|tốt với|chiều) ${YOUNG} (?:bằng|như|hơn) ${ADULT}|(?:làm|nhận) (?:anh|chú|bố|ba) nuôi (?:của )?${YOUNG}`,
    ['hiểu', 'thương', 'yêu', 'quan tâm', 'tốt với', 'chiều', 'nuôi'],
  ),
  cue('meeting', 'acc', `gặp ${ADULT} (?:ở|tại) (?:quán|công viên|cổng|nhà nghỉ|khách sạn|tiệm|góc)`, ['gặp']),
  cue('photos', 'acc', `(?:gửi|send) (?:ảnh|hình|pic|clip|video) (?:[^ ]+ )?cho ${ADULT}(?! (?:bài|đề|xem bài))`, [
    'gửi',
    'send',
  ]),
  cue(
    'contact',
    'acc',
    `nói chuyện riêng (?:với|cùng) ${ADULT}|(?:cam|call|gọi) riêng (?:với|cho) ${ADULT}|add (?:sc|snap|zalo|fb|face|ig|insta|tele) ${ADULT}`,
    ['riêng', 'add'],
  ),
  cue('probing', 'acc', `(?:are|r) (?:ur|your) (?:parents|mom|dad|mum|folks) (?:asleep|sleeping|home|out|away)`, [
    'parents',
    'mom',
    'dad',
    'mum',
    'folks',
  ]),
];
