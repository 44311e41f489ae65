import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Clause } from '../model.ts';
import { SourceError } from '../model.ts';
import { loadBodies, taskBody } from './bodies.ts';

const bodies = loadBodies(readFileSync(new URL('../../../content/topics/bodies.yaml', import.meta.url), 'utf8'), 'content/topics/bodies.yaml');

function section(heading: string | null, text: string, children: Clause[] = []): Clause {
  return { id: 'iv-2', kind: 'item', label: '2', marker: '2.', path: ['IV', '2'], heading, text, source: null, lines: [1, 1], translation: null, restoration: null, children };
}

describe('the body a section assigns its tasks to', () => {
  it('is the body a heading names', () => {
    expect(taskBody(section('Sở Tài chính', 'Bố trí kinh phí thực hiện kế hoạch.'), bodies)).toBe('finance');
    expect(taskBody(section('Ủy ban nhân dân các huyện, thị xã, thành phố:', 'Xây dựng kế hoạch của địa phương.'), bodies)).toBe('district-people-committees');
  });

  it("is the body a section without a heading opens with, its Party organisation's name included", () => {
    for (const text of [
      'Giao Ban cán sự đảng Ủy ban nhân dân tỉnh chỉ đạo xây dựng đề án.',
      'Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo, chỉ đạo cụ thể hóa Chương trình.',
      'Ủy ban nhân dân tỉnh bố trí ngân sách hằng năm.',
    ]) {
      expect(taskBody(section(null, text), bodies)).toBe('provincial-people-committee');
    }
    expect(taskBody(section(null, 'Các đồng chí Ủy viên Ban Chấp hành Đảng bộ tỉnh tổ chức quán triệt.'), bodies)).toBe('party-committees');
    // "Ủy ban nhân dân tỉnh" inside the Front's name is not the People's Committee.
    expect(taskBody(section(null, 'Đảng ủy Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tuyên truyền.'), bodies)).toBe('fatherland-front');
  });

  it('is none where the body is the matter, not the assignee', () => {
    expect(taskBody(section(null, 'Nâng cao vai trò của Liên minh Hợp tác xã tỉnh, bảo đảm thống nhất.'), bodies)).toBeNull();
    expect(taskBody(section('Tăng cường vai trò, trách nhiệm của Liên minh Hợp tác xã tỉnh', 'Liên minh Hợp tác xã tỉnh tư vấn, hỗ trợ.'), bodies)).toBeNull();
  });

  it('is none for a heading naming several bodies, or a section over numbered sections', () => {
    expect(taskBody(section('Các sở, ngành và UBND các huyện, thành phố', 'Triển khai kế hoạch.'), bodies)).toBeNull();
    const item = { ...section('Sở Tài chính', 'Bố trí kinh phí.'), id: 'iv-2-a', label: 'a' };
    expect(taskBody(section('Sở Tài chính', '', [item]), bodies)).toBeNull();
  });
});

describe('loading bodies', () => {
  it('names the file and every problem', () => {
    const yaml = ['- id: Finance', '  vi: Sở Tài chính', '  en: Department of Finance', '  names: [Sở Tài chính]', '- id: treasury', '  vi: Kho bạc', '  en: Treasury', '  names: [sở tài chính]', '- id: empty', '  vi: X', '  en: X', '  names: []'].join('\n');
    let thrown: unknown;
    try {
      loadBodies(yaml, 'content/topics/bodies.yaml');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(SourceError);
    const message = (thrown as Error).message;
    expect(message).toContain('content/topics/bodies.yaml');
    expect(message).toContain('id "Finance" must be lower-case');
    expect(message).toContain('name "sở tài chính" is also a name of "Finance"');
    expect(message).toContain('bodies[2]: "names" must list at least one name');
  });
});
