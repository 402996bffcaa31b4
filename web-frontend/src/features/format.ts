/** Dates and sizes in the interface language; times are the bureau's (Beijing). */
type DateParts = Pick<Intl.DateTimeFormatOptions, 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second'>;

/** A formatter of an ISO date or instant showing `parts`; empty for none, the text itself if it is no date. */
function inBeijing(parts: DateParts) {
  return (value: string | undefined | null, locale: string): string => {
    if (!value) return '';
    const date = new Date(value);
    if (Number.isNaN(date.getTime())) return value;
    return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', { ...parts, timeZone: 'Asia/Shanghai' }).format(date);
  };
}

const DAY: DateParts = { year: 'numeric', month: '2-digit', day: '2-digit' };

export const formatDateTime = inBeijing({ ...DAY, hour: '2-digit', minute: '2-digit' });

export const formatDate = inBeijing(DAY);

export const formatTime = inBeijing({ hour: '2-digit', minute: '2-digit', second: '2-digit' });

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
