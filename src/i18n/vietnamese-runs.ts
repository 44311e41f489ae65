/**
 * Vietnamese words quoted in English text (a glossary note's "Tỉnh uỷ", a definition's "Đổi mới"
 * or "Lâm Đồng province"): found so a page can mark them lang="vi", for screen readers to speak
 * them as Vietnamese and for readers to see what is quoted. A run starts at a word with a letter
 * only Vietnamese writes (ă â đ ê ô ơ ư, or a vowel with a Vietnamese tone mark), takes in the
 * capitalised words just before it (the start of a name: "Ban Thường vụ"), and goes on over the
 * words that follow while each is Vietnamese too or capitalised (the rest of a name: "Kiên
 * Giang"). A quoted phrase holding such a word, or two unmarked Vietnamese syllables ("hop tac x4",
 * an OCR reading), is marked whole.
 */

const LETTER = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/iu;
/** Common Vietnamese syllables written without marks (OCR readings), for quoted phrases. */
const UNMARKED = new Set(['hop', 'tac', 'xa', 'kinh', 'te', 'tinh', 'uy', 'ban', 'nhan', 'dan', 'cua', 'cac', 'va']);

export interface Run {
  text: string;
  vi: boolean;
}

const isVietnamese = (word: string) => LETTER.test(word);
/** Capitalised English words that begin sentences and phrases, never a Vietnamese name. */
const ENGLISH_CAPITALISED = new Set(['The', 'A', 'An', 'In', 'Of', 'And', 'Not', 'Also', 'Only', 'See', 'Its', 'It', 'Since', 'Usually', 'Capitalised', 'Written', 'Abbreviated', 'Literally', 'Cited', 'Occurs']);

/** The text cut into runs, Vietnamese or not; the runs concatenate to exactly the text. */
export function vietnameseRuns(text: string): Run[] {
  const runs: Run[] = [];
  const push = (part: string, vi: boolean) => {
    if (part === '') return;
    const last = runs.at(-1);
    if (last && last.vi === vi) last.text += part;
    else runs.push({ text: part, vi });
  };
  /** Move the capitalised words at the end of the last plain run into a new Vietnamese run. */
  const takeNameStart = () => {
    const last = runs.at(-1);
    if (!last || last.vi) return;
    const match = /((?:(?<=^|\s)\p{Lu}[\p{Ll}]*\s+)+)$/u.exec(last.text);
    if (!match) return;
    const words = match[1]!.trim().split(/\s+/);
    let keep = 0;
    while (keep < words.length && ENGLISH_CAPITALISED.has(words[keep]!)) keep++;
    if (keep === words.length) return;
    const taken = words.slice(keep).join(' ');
    const at = last.text.lastIndexOf(taken);
    const moved = last.text.slice(at);
    last.text = last.text.slice(0, at);
    if (last.text === '') runs.pop();
    runs.push({ text: moved, vi: true });
  };
  // Quoted phrases first: marked whole when any word of theirs is Vietnamese.
  for (const piece of text.split(/("[^"]*"|“[^”]*”)/u)) {
    const quoted = /^["“]/u.test(piece);
    const inner = quoted ? piece.slice(1, -1) : piece;
    const words = inner.split(/\s+/).filter(Boolean);
    if (quoted && (words.some(isVietnamese) || words.filter((w) => UNMARKED.has(w.toLowerCase().replace(/\W/g, ''))).length >= 2)) {
      push(piece[0]!, false);
      push(inner, true);
      push(piece.at(-1)!, false);
      continue;
    }
    // Outside quotes: word by word (separators kept with the run they follow).
    let inRun = false;
    for (const token of piece.split(/(\s+)/)) {
      if (/^\s+$/.test(token) || token === '') {
        push(token, false);
        continue;
      }
      const [, lead = '', core = '', trail = ''] = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(token) ?? [];
      const continues = inRun && lead === '' && (isVietnamese(core) || /^\p{Lu}/u.test(core));
      if (isVietnamese(core) || continues) {
        // The space before a continued run belongs inside it.
        if (continues && runs.at(-1) && !runs.at(-1)!.vi && /^\s+$/.test(runs.at(-1)!.text)) {
          const space = runs.pop()!.text;
          push(space, true);
        }
        if (!inRun && lead === '') takeNameStart();
        push(lead, false);
        push(core, true);
        push(trail, false);
        inRun = trail === '';
      } else {
        push(token, false);
        inRun = false;
      }
    }
  }
  return runs;
}
