// Numbers, money and dates as each language writes them: 70亿元 / CNY 7 billion, 2025年2月15日 / 15 Feb 2025.
export type Lang = 'zh' | 'en';

function trim(n: number, digits = 2): string {
  return String(Math.round(n * 10 ** digits) / 10 ** digits);
}

export function formatMoney(cny: number, lang: Lang): string {
  if (lang === 'zh') {
    if (cny >= 1e8) return `${trim(cny / 1e8)}亿元`;
    if (cny >= 1e4) return `${trim(cny / 1e4)}万元`;
    return `${trim(cny)}元`;
  }
  if (cny >= 1e9) return `CNY ${trim(cny / 1e9)} billion`;
  if (cny >= 1e6) return `CNY ${trim(cny / 1e6)} million`;
  return `CNY ${formatNumber(cny, 'en')}`;
}

export function formatNumber(n: number, lang: Lang): string {
  if (lang === 'zh') {
    if (n >= 1e8) return `${trim(n / 1e8)}亿`;
    if (n >= 1e4) return `${trim(n / 1e4)}万`;
    return trim(n);
  }
  const [int, frac] = trim(n).split('.');
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac ? `.${frac}` : '');
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** ISO dates of any precision (YYYY, YYYY-MM, YYYY-MM-DD). */
export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (lang === 'zh') return `${y}年${m ? `${m}月` : ''}${d ? `${d}日` : ''}`;
  if (!m) return String(y);
  return d ? `${d} ${MONTHS[m - 1]} ${y}` : `${MONTHS[m - 1]} ${y}`;
}
