// The period a document reports on and plans for (a 2023 work report: on 2022, for 2023), in the page's language.
import { t } from '../i18n';

export function periodText(d: { covers_year?: number; plans_year?: number }): string {
  const parts = [
    d.covers_year !== undefined ? t('document.covers', { year: d.covers_year }) : '',
    d.plans_year !== undefined ? t('document.plans', { year: d.plans_year }) : '',
  ];
  return parts.filter(Boolean).join(', ');
}
