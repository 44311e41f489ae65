/**
 * The site's own words, in Vietnamese and English. Pages render both (each marked with its
 * language); the reader's language choice shows one. Keys name what a string is for.
 */
export const UI = {
  siteName: { vi: 'Kinh tế tập thể · Văn bản tỉnh', en: 'Collective Economy · Provincial Texts' },
  skipToContent: { vi: 'Chuyển đến nội dung chính', en: 'Skip to main content' },
  searchLabel: { vi: 'Tìm kiếm trong các văn bản', en: 'Search the documents' },
  searchPlaceholder: { vi: 'Tìm kiếm (phím /)', en: 'Search (press /)' },
  searchButton: { vi: 'Tìm', en: 'Search' },
  interfaceLanguage: { vi: 'Ngôn ngữ', en: 'Language' },
  footerNote: { vi: 'Văn bản nguồn được giữ nguyên từng chữ; mỗi khoản có liên kết cố định.', en: 'Source texts are kept word for word; every clause has a permanent link.' },
  documents: { vi: 'Danh mục văn bản', en: 'Documents' },
  search: { vi: 'Tìm kiếm', en: 'Search' },
  glossary: { vi: 'Bảng thuật ngữ', en: 'Glossary' },
  topics: { vi: 'So sánh theo chủ đề', en: 'Topics' },
  targets: { vi: 'Chỉ tiêu', en: 'Targets' },
  method: { vi: 'Phương pháp và nguồn dữ liệu', en: 'Method and data sources' },
  homeTitle: { vi: 'Văn bản cấp tỉnh về phát triển kinh tế tập thể, hợp tác xã', en: 'Provincial texts on developing the collective economy and cooperatives' },
  homeLead: {
    vi: 'Chương trình hành động, nghị quyết và kế hoạch của các tỉnh thực hiện chủ trương của Trung ương về kinh tế tập thể. Mỗi khoản có liên kết cố định để trích dẫn.',
    en: 'Action programmes, resolutions and plans by which provinces implement the national policy on the collective economy. Every clause has a permanent link for citation.',
  },
  documentInformation: { vi: 'Thông tin văn bản', en: 'Document information' },
  contents: { vi: 'Mục lục', en: 'Contents' },
  documentType: { vi: 'Loại văn bản', en: 'Document type' },
  numberSymbol: { vi: 'Số, ký hiệu', en: 'Number and symbol' },
  issuingBody: { vi: 'Cơ quan ban hành', en: 'Issuing body' },
  province: { vi: 'Tỉnh', en: 'Province' },
  date: { vi: 'Ngày ban hành', en: 'Date' },
  implements: { vi: 'Thực hiện văn bản', en: 'Implements' },
  signer: { vi: 'Người ký', en: 'Signed by' },
  sourceFile: { vi: 'Tệp nguồn', en: 'Source file' },
  notInText: { vi: 'không ghi trong văn bản', en: 'not given in the text' },
  blankNumber: { vi: '(để trống số)', en: '(number left blank)' },
  ocrNote: { vi: 'Văn bản từ bản quét (OCR).', en: 'Text from a scanned copy (OCR).' },
  ocrSource: { vi: 'Bản OCR gốc', en: 'OCR source' },
  readingLanguage: { vi: 'Ngôn ngữ đọc', en: 'Reading language' },
  copyLink: { vi: 'Sao chép liên kết đến', en: 'Copy the link to' },
  linkTo: { vi: 'Liên kết đến', en: 'Link to' },
  notFoundTitle: { vi: 'Không tìm thấy trang', en: 'Page not found' },
  notFoundText: { vi: 'Địa chỉ này không có trong ấn bản.', en: 'This address is not part of the edition.' },
  query: { vi: 'Từ khóa', en: 'Query' },
  searchNeedsScript: { vi: 'Tìm kiếm cần JavaScript; bạn vẫn có thể đọc từng văn bản từ danh mục.', en: 'Search needs JavaScript; you can still read every document from the list.' },
  glossaryTitle: { vi: 'Bảng thuật ngữ', en: 'Glossary' },
  occurrences: { vi: 'Xuất hiện', en: 'Occurrences' },
  downloads: { vi: 'Tải về', en: 'Download' },
  singleFile: { vi: 'văn bản này (một tệp HTML)', en: 'this document (one HTML file)' },
  offlineCopy: { vi: 'bản đọc ngoại tuyến cả ấn bản (.zip)', en: 'the whole edition for offline reading (.zip)' },
  legendCorrected: { vi: 'gạch liền: đã hiệu đính', en: 'solid underline: corrected by review' },
  legendUncertain: { vi: 'gạch chấm: khôi phục chưa chắc chắn', en: 'dotted underline: uncertain restoration' },
  legendSource: { vi: 'mỗi khoản có “Bản OCR gốc”.', en: 'every clause shows its “OCR source”.' },
  // Issue 17: link lists, phone-first document page, offline edition, course pack.
  sharedWording: { vi: 'Lời văn chung với văn bản khác', en: 'Shared wording with other documents' },
  documentPanels: { vi: 'Thông tin và mục lục văn bản', en: 'Document information and contents' },
  currentSection: { vi: 'Đang đọc', en: 'Reading' },
} as const satisfies Record<string, { vi: string; en: string }>;

export type UiKey = keyof typeof UI;

/** "Vietnamese · English" for places that can hold only one string (attributes, titles). */
export function both(key: UiKey): string {
  return `${UI[key].vi} · ${UI[key].en}`;
}
