/** Dates of the review log (ISO, "2026-12-07") as the page writes them in each language. */
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function reviewDate(iso: string): { vi: string; en: string } {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { vi: `ngày ${day}/${month}/${year}`, en: `${day} ${MONTHS_EN[month - 1]} ${year}` };
}
