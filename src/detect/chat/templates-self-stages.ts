/**
 * Self-harm by intent, with its slots open (any first person, a verb of the family, words between):
 * not waking up again, a life with no point or only a burden, a death "to get it over with", means
 * bought or held, a goodbye that says it is final (a letter left, "don't look for me", the others told
 * not to grieve, a pet entrusted, "see you in the next life", leaving for good), no reason left to stay;
 * English passive ideation. Review tier: a check-in, never an alert on its own.
 */
import { H, T, alternatives, type Template } from './template-kit';

// "mình" after a group is "our" ("lớp mình mua dây thừng cho kéo co").
export const ME = `(?<!(?:lớp|nhóm|tổ|đội|nhà|bạn) )(?:${alternatives(['em', 'mình', 'tớ', 'tôi', 'tao', 't', 'con', 'tui', 'cháu', 'bé'])})`;
const NOT = '(?:không|chẳng|chả)';
/** Dying, in the words pupils type it ("die đi cho nhẹ người"). */
const DIE = '(?:chết|die)';

/** A line at review tier: self-harm ideation, seen in the accented or the folded view. */
export const review = (view: Template['view'], hint: string[], re: string): Template => ({
  id: 'chat.self-harm.ideation',
  cat: 'self-harm',
  sev: 2,
  tier: 'review',
  view,
  hint: view === 'acc' ? H({ acc: hint, fold: [] }) : H({ acc: [], fold: hint }),
  re: T(re),
});

export const SELF_HARM_STAGES: Template[] = [
  // Not waking up again (teencode reads "dậy" as "vậy"); getting up early is another wish.
  review(
    'acc',
    ['thức', 'tỉnh'],
    `(?:ước gì|giá mà|giá như|chỉ mong|mong) (?:[^ ]+ ){0,3}(?:${NOT}|khỏi) (?:phải )?(?:thức|tỉnh) (?:dậy|vậy|lại) (?:nữa|luôn)`,
  ),
  // A life with no point, or only a burden to the family.
  review(
    'acc',
    ['sống'],
    `sống (?:làm gì|làm chi|để làm gì|có ý nghĩa gì)(?: (?:nữa|cho mệt|cho khổ))?$|sống (?:chỉ )?(?:làm khổ|làm phiền|báo hại|là gánh nặng cho) (?:[^ ]+ ){0,2}(?:bố mẹ|ba mẹ|gia đình|mọi người|người khác|cả nhà)`,
  ),
  // Death wished "to get it over with", by the writer: not after someone the words are aimed at.
  review(
    'acc',
    ['chết', 'die'],
    `(?<!(?:mày|m|mi|bây|nó|kia|đó|đấy) )${DIE} (?:đi |quách )?cho (?:xong|rảnh|nhẹ người|đỡ khổ|yên|rồi)|${ME} (?:nghĩ |thấy )?(?:${ME} )?(?:nên|phải) chết(?: đi| quách| luôn| cho rồi)?$`,
  ),
  // Means bought, hidden or held.
  review(
    'acc',
    ['thuốc chuột', 'thuốc trừ sâu', 'lưỡi lam', 'dao lam', 'thuốc ngủ', 'dây thừng'],
    `${ME} (?:[^ ]+ ){0,2}(?:mua|có|giấu|tích|chuẩn bị|cầm|lấy|để dành) (?:[^ ]+ ){0,2}(?:thuốc chuột|thuốc trừ sâu|lưỡi lam|dao lam|thuốc ngủ|dây thừng)`,
  ),
  // Goodbyes that say they are final.
  review(
    'acc',
    ['thư', 'tìm', 'nhớ', 'khóc', 'buồn', 'kiếp sau', 'chăm', 'nuôi', 'trông', 'tạm biệt', 'vĩnh biệt'],
    `để lại (?:lá |bức )?thư|thư tuyệt mệnh|đừng (?:tìm|nhớ|khóc vì|khóc cho|buồn vì) ${ME}(?: nữa)?$|đừng (?:buồn|khóc) khi ${ME} (?:không còn|đi rồi|mất)|hẹn (?:gặp lại )?(?:ở )?kiếp sau|(?:chăm|nuôi|trông) (?:[^ ]+ ){0,3}(?:giúp|hộ) ${ME} (?:[^ ]+ ){0,2}${ME} đi (?:đây|nhé|luôn)|cảm ơn (?:mọi người|tất cả|cả nhà) (?:[^ ]+ ){0,4}(?:tạm biệt|vĩnh biệt)$`,
  ),
  // Leaving for good, and no reason left to stay.
  review(
    'acc',
    ['về', 'quay lại', 'trở lại', 'lý do', 'lí do', 'động lực'],
    `${ME} (?:[^ ]+ ){0,2}đi (?:luôn|mãi|xa) (?:[^ ]+ ){0,2}${NOT} (?:về|quay lại|trở lại)(?: (?:nữa|đâu))?$|${NOT} còn (?:lý do|lí do|động lực) (?:gì )?(?:để )?(?:sống|ở lại|tồn tại|tiếp tục)`,
  ),
  review(
    'fold',
    ['disappear', 'vanish', 'burden', 'pills', 'meds', 'tablets', 'last'],
    `i (?:wish|want) i could (?:just )?(?:disappear|vanish)|i (?:feel like|am|m) (?:just )?(?:a|such a) burden|im (?:just )?(?:a|such a) burden|(?:saving up|stockpiling|hoarding|collecting) (?:my |some )?(?:pills|meds|tablets)|(?:this is|this s|here s|heres) my last (?:msg|message|text|post)`,
  ),
];
