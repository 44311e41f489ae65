import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Clause } from '../model.ts';
import { automaticTopics, loadTopics, topicsNamedBy } from './topics.ts';

const topics = loadTopics(readFileSync(new URL('../../../content/topics/topics.yaml', import.meta.url), 'utf8'), 'content/topics/topics.yaml');

function section(heading: string, text: string): Clause {
  return { id: 'iii-5', kind: 'item', label: '5', marker: '5.', path: ['III', '5'], heading, text, source: null, lines: [1, 1], translation: null, restoration: null, children: [] };
}

describe('topic assignment', () => {
  it('keeps a topic the heading names even when the text speaks more of others', () => {
    const clause = section(
      'Tăng cường sự lãnh đạo của Đảng, phát huy vai trò của Mặt trận Tổ quốc',
      'Mặt trận Tổ quốc và các tổ chức chính trị - xã hội vận động đoàn viên, hội viên; Hội Nông dân, Hội Liên hiệp Phụ nữ, Đoàn Thanh niên, Hội Cựu chiến binh tham gia; các đoàn thể giám sát, phản biện.',
    );
    const assigned = automaticTopics(clause, topics);
    expect(assigned[0]).toBe('fatherland-front');
    expect(assigned).toContain('party-leadership');
  });

  it('tells a heading that names a topic from one that only groups tasks', () => {
    expect(topicsNamedBy('TỔ CHỨC THỰC HIỆN', topics)).toEqual(['implementation']);
    expect(topicsNamedBy('NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU', topics)).toEqual([]);
  });
});
