/** The names of the target indicators, in both languages. */
export const INDICATORS: Record<string, { vi: string; en: string }> = {
  'cooperative-groups': { vi: 'Số tổ hợp tác', en: 'Cooperative groups' },
  'cooperative-group-members': { vi: 'Thành viên tổ hợp tác', en: 'Members of cooperative groups' },
  cooperatives: { vi: 'Số hợp tác xã', en: 'Cooperatives' },
  'cooperative-members': { vi: 'Thành viên hợp tác xã', en: 'Members of cooperatives' },
  'cooperative-unions': { vi: 'Số liên hiệp hợp tác xã', en: 'Cooperative unions' },
  'union-member-cooperatives': { vi: 'Hợp tác xã thành viên của liên hiệp', en: 'Member cooperatives of unions' },
  'cooperatives-good-or-fair': { vi: 'Tỷ lệ hợp tác xã đạt loại tốt, khá', en: 'Share of cooperatives rated good or fair' },
  'organisations-in-value-chains': { vi: 'Tỷ lệ tham gia liên kết chuỗi giá trị', en: 'Share in value-chain linkages' },
  'cooperatives-linked-with-enterprises': { vi: 'Tỷ lệ hợp tác xã nông nghiệp liên kết với doanh nghiệp', en: 'Share of agricultural cooperatives linked with enterprises' },
  'managers-with-degrees': { vi: 'Tỷ lệ cán bộ quản lý có bằng cao đẳng, đại học', en: 'Share of managers with college or university degrees' },
  'directors-trained': { vi: 'Tỷ lệ giám đốc được đào tạo', en: 'Share of directors trained' },
  'high-tech-cooperatives': { vi: 'Hợp tác xã ứng dụng công nghệ cao', en: 'High-tech cooperatives' },
  'member-income': { vi: 'Thu nhập bình quân thành viên', en: 'Average member income' },
  'population-participating': { vi: 'Tỷ lệ dân số tham gia', en: 'Share of the population taking part' },
  'agricultural-households-participating': { vi: 'Tỷ lệ hộ nông dân tham gia', en: 'Share of farming households taking part' },
  'organisations-effective': { vi: 'Tỷ lệ tổ chức hoạt động hiệu quả', en: 'Share of organisations operating effectively' },
  'agricultural-cooperatives': { vi: 'Tỷ lệ hợp tác xã nông nghiệp', en: 'Share of agricultural cooperatives' },
  'members-per-cooperative': { vi: 'Thành viên bình quân mỗi hợp tác xã', en: 'Members per cooperative' },
};

const UNIT: Record<string, { vi: string; en: string }> = {
  count: { vi: '', en: '' },
  percent: { vi: '%', en: '%' },
  'vnd-per-person-month': { vi: ' đồng/người/tháng', en: ' VND per person per month' },
};

const COMPARATOR: Record<string, { vi: string; en: string }> = {
  exact: { vi: '', en: '' },
  about: { vi: 'khoảng ', en: 'about ' },
  'at-least': { vi: 'ít nhất ', en: 'at least ' },
  'more-than': { vi: 'trên ', en: 'more than ' },
  'at-most': { vi: 'tối đa ', en: 'at most ' },
  'less-than': { vi: 'dưới ', en: 'less than ' },
};

/** "khoảng 5.412", "ít nhất 25–30%", "6.000.000 đồng/người/tháng" in either language. */
export function formatTarget(target: { value: number; valueMax?: number; unit: string; comparator: string }, lang: 'vi' | 'en'): string {
  const number = (n: number) => n.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB');
  const value = target.valueMax !== undefined ? `${number(target.value)}–${number(target.valueMax)}` : number(target.value);
  return `${COMPARATOR[target.comparator]?.[lang] ?? ''}${value}${UNIT[target.unit]?.[lang] ?? ''}`;
}
