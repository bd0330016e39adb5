const fullDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthYear = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * Formats a date written as precisely as its source allows: "2013", "2013-01" or "2017-08-10".
 * @example formatDate('2017-08-10') // "10 August 2017"
 * @example formatDate('2013') // "2013"
 */
export function formatDate(value: string): string {
  const [year, month, day] = value.split('-');
  if (!month) return value;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day ?? 1)));
  return day ? fullDate.format(date) : monthYear.format(date);
}
