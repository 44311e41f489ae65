/**
 * Numeric targets, extracted from the objectives of each document: how many cooperative groups,
 * cooperatives, unions and members a province aims for, what shares (rated good or fair, in value
 * chains, managers with degrees…), and average income, each with its horizon year and the
 * sentence it came from.
 */
import type { Clause, EditionDocument } from '../model.ts';
import { foldKey } from '../text/fold.ts';

export interface Target {
  slug: string;
  /** Clause id. */
  id: string;
  indicator: string;
  year: number;
  value: number;
  valueMax?: number;
  unit: 'count' | 'percent' | 'vnd-per-person-month';
  comparator: 'exact' | 'about' | 'at-least' | 'more-than' | 'at-most' | 'less-than';
  /** The sentence (clause text up to ';' or '.') the value stands in. */
  sentence: string;
}

interface NumberToken {
  start: number;
  end: number;
  value: number;
  valueMax?: number;
  percent: boolean;
}

/** "4.109" → 4109, "06" → 6, "71,4" → 71.4; "25-30%" and "60% - 70%" are ranges. */
const NUMBER = /(\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)(\s*%)?(?:\s*(?:-|–|đến)\s*(\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)(\s*%)?)?/gu;

function parseNumber(text: string): number {
  return Number(text.replace(/\./g, '').replace(',', '.'));
}

function numbers(text: string): NumberToken[] {
  const out: NumberToken[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const [whole, first, percentA, second, percentB] = m;
    // Years, dates and document codes are not targets.
    if (/^(19|20)\d\d$/.test(first!) && !percentA) continue;
    const before = text.slice(Math.max(0, m.index - 1), m.index);
    const after = text[m.index + whole.length] ?? '';
    if (/[/\-]/.test(before) || /^[/\-]/.test(after)) continue;
    const percent = Boolean(percentA || percentB);
    const token: NumberToken = { start: m.index, end: m.index + whole.length, value: parseNumber(first!), percent };
    if (second && (percentA ? percentB : true)) {
      const max = parseNumber(second);
      if (max > token.value && !(/^(19|20)\d\d$/.test(second) && !percent)) token.valueMax = max;
      else if (!percent) {
        token.end = m.index + first!.length;
      }
    }
    out.push(token);
  }
  return out;
}

const fold = (text: string) => foldKey(text);

/** The horizon a clause's targets are for: its own words, else its headings', else its document's period. */
function horizon(text: string, ancestors: readonly Clause[], document: EditionDocument): number | null {
  const own = /\b(?:den|toi) nam (20\d\d)/.exec(fold(text));
  if (own) return Number(own[1]);
  for (const clause of [...ancestors].reverse()) {
    const heading = fold(`${clause.heading ?? ''}`);
    const year = /\b(?:den|toi) nam (20\d\d)/.exec(heading) ?? /\bnam (20\d\d)\b/.exec(heading);
    if (year) return Number(year[1]);
  }
  const period = /giai doan (20\d\d) ?- ?(20\d\d)/.exec(fold(document.metadata.subject ?? ''));
  return period ? Number(period[2]) : null;
}

/** Objectives are what a document's "MỤC TIÊU" sections say, not its assessment of the past. */
function isObjective(ancestors: readonly Clause[]): boolean {
  return ancestors.some((c) => c.kind === 'section' && /muc tieu/.test(fold(c.heading ?? '')));
}

function comparator(before: string, after: string, token: NumberToken): Target['comparator'] | null {
  const b = fold(before).trim().split(/\s+/).slice(-4).join(' ');
  const a = fold(after).slice(0, 24);
  if (/\btu$/.test(b) && /^\s*%?\s*tro len/.test(a)) return 'at-least';
  // Whole words only: "chon" (chọn) ends in "hon" (hơn) but is no bound.
  if (/\b(it nhat|toi thieu|khong duoi)$/.test(b)) return 'at-least';
  // "trên 60%" is more than 60%, not 60% or more: the edition keeps the difference the text makes.
  if (/\b(tren|hon)$/.test(b)) return 'more-than';
  if (/\bkhoang$/.test(b)) return 'about';
  if (/\b(toi da|khong qua)$/.test(b)) return 'at-most';
  if (/\bduoi$/.test(b)) return 'less-than';
  if (token.valueMax !== undefined || /\b(dat|chiem|co|la)$/.test(b)) return 'exact';
  return null;
}

/** What a count counts, from the words that follow it. */
function countIndicator(after: string, before: string, previous: string | null): { indicator: string; scale: number } | null {
  const a = fold(after).trim();
  const b = fold(before);
  if (/^trieu dong\s*\/\s*nguoi\s*\/\s*thang/.test(a)) return { indicator: 'member-income', scale: 1_000_000 };
  const thousand = /^nghin\b/.test(a) ? 1000 : 1;
  const rest = a.replace(/^nghin\s+/, '');
  if (/^to hop tac/.test(rest)) return { indicator: 'cooperative-groups', scale: thousand };
  if (/^lien hiep (hop tac xa|htx)/.test(rest)) return { indicator: 'cooperative-unions', scale: thousand };
  if (/^(hop tac xa|htx) thanh vien/.test(rest)) return { indicator: 'union-member-cooperatives', scale: thousand };
  if (/^(hop tac xa|htx)\b/.test(rest)) {
    return { indicator: /cong nghe cao/.test(fold(after).slice(0, 60)) ? 'high-tech-cooperatives' : 'cooperatives', scale: thousand };
  }
  if (/^thanh vien/.test(rest)) {
    if (/moi (hop tac xa|htx) co( tu)?\s*$/.test(b)) return { indicator: 'members-per-cooperative', scale: thousand };
    if (previous === 'cooperative-groups') return { indicator: 'cooperative-group-members', scale: thousand };
    if (previous === 'cooperatives' || previous === 'high-tech-cooperatives') return { indicator: 'cooperative-members', scale: thousand };
  }
  if (/^(htx|hop tac xa) mo hinh/.test(rest) || /^\s*(htx|hop tac xa)/.test(rest)) return { indicator: 'cooperatives', scale: thousand };
  return null;
}

/** What a percentage is a share of, from its words on either side (most specific first). */
function percentIndicator(context: string): string | null {
  const c = fold(context);
  if (/tot, kha|kha, tot/.test(c)) return 'cooperatives-good-or-fair';
  if (/lien ket voi doanh nghiep/.test(c)) return 'cooperatives-linked-with-enterprises';
  if (/chuoi/.test(c)) return 'organisations-in-value-chains';
  if (/cao dang|dai hoc/.test(c)) return 'managers-with-degrees';
  if (/giam doc/.test(c) && /dao tao/.test(c)) return 'directors-trained';
  if (/cong nghe cao/.test(c)) return 'high-tech-cooperatives';
  if (/dan so/.test(c)) return 'population-participating';
  if (/ho nong dan/.test(c)) return 'agricultural-households-participating';
  if (/hoat dong hieu qua/.test(c)) return 'organisations-effective';
  if (/la hop tac xa nong nghiep/.test(c)) return 'agricultural-cooperatives';
  return null;
}

function sentenceAround(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf(';', at), text.lastIndexOf('. ', at)) + 1;
  const ends = [text.indexOf(';', at), text.indexOf('. ', at)].filter((i) => i >= 0);
  const end = ends.length > 0 ? Math.min(...ends) : text.length;
  return text.slice(start, end).trim();
}

function walk(clauses: readonly Clause[], ancestors: Clause[], visit: (clause: Clause, ancestors: Clause[]) => void): void {
  for (const clause of clauses) {
    visit(clause, ancestors);
    walk(clause.children, [...ancestors, clause], visit);
  }
}

export function extractTargets(document: EditionDocument): Target[] {
  const targets: Target[] = [];
  walk(document.clauses, [], (clause, ancestors) => {
    const text = clause.text;
    if (!text || !isObjective([...ancestors, clause])) return;
    const year = horizon(text, ancestors, document);
    if (year === null) return;
    const tokens = numbers(text);
    let previousCount: string | null = null;
    let listComparator: Target['comparator'] | null = null;
    tokens.forEach((token, i) => {
      const before = text.slice(i === 0 ? 0 : tokens[i - 1]!.end, token.start);
      const after = text.slice(token.end, tokens[i + 1]?.start ?? text.length);
      const own = comparator(text.slice(0, token.start), text.slice(token.end), token);
      if (token.percent) {
        // What follows a percentage usually names it ("50% tham gia liên kết theo chuỗi giá trị");
        // else what leads up to it ("đạt loại tốt, khá trên 60%").
        const indicator = percentIndicator(after.split(/[;.]/)[0]!) ?? percentIndicator(before);
        if (!indicator) return;
        targets.push({ slug: document.slug, id: clause.id, indicator, year, value: token.value, ...(token.valueMax !== undefined ? { valueMax: token.valueMax } : {}), unit: 'percent', comparator: own ?? 'exact', sentence: sentenceAround(text, token.start) });
        return;
      }
      const found = countIndicator(after, text.slice(0, token.start), previousCount);
      if (!found) return;
      if (found.indicator === 'member-income') {
        targets.push({ slug: document.slug, id: clause.id, indicator: found.indicator, year, value: token.value * found.scale, unit: 'vnd-per-person-month', comparator: own ?? 'exact', sentence: sentenceAround(text, token.start) });
        return;
      }
      // In a list ("khoảng 4.109 tổ hợp tác với 82.000 thành viên; 973 hợp tác xã …") the first
      // qualifier governs the counts after it.
      if (own && own !== 'exact') listComparator = own;
      const chosen = own && own !== 'exact' ? own : (listComparator ?? own ?? 'exact');
      targets.push({ slug: document.slug, id: clause.id, indicator: found.indicator, year, value: token.value * found.scale, ...(token.valueMax !== undefined ? { valueMax: token.valueMax } : {}), unit: 'count', comparator: chosen, sentence: sentenceAround(text, token.start) });
      if (['cooperative-groups', 'cooperatives', 'high-tech-cooperatives', 'cooperative-unions'].includes(found.indicator)) previousCount = found.indicator;
    });
  });
  return targets;
}
