import type { UnitInfo } from '../../lang/en/times/index.js';

/**
 * The TIMEX3 duration value for a count of units: P4Y, PT24H, P2Y6M ("2 1/2 years"),
 * PT1M30S ("a minute and a half"), P20Y ("two decades"), P9M ("three quarters"), PXDE ("decades").
 *
 * @example durationValue(7, UNITS.get('years')) // "P7Y"
 */
export function durationValue(n: number | null, u: UnitInfo): string {
  const t = u.clock ? 'T' : '';
  if (n === null) return `P${t}X${u.code === 'Q' ? 'M' : u.code}`;
  switch (u.unit) {
    case 'decade': return `P${fmt(n * 10)}Y`;
    case 'century': return `P${fmt(n * 100)}Y`;
    case 'quarter': return `P${fmt(n * 3)}M`;
    case 'weekend': return `P${fmt(n)}WE`;
    default: break;
  }
  if (Number.isInteger(n)) return `P${t}${n}${u.code}`;
  const whole = Math.floor(n);
  const frac = n - whole;
  // a fraction becomes the next smaller unit where there is one
  const smaller: Record<string, [string, number, boolean]> = {
    year: ['M', 12, false], month: ['D', 30, false], day: ['H', 24, true], hour: ['M', 60, true], minute: ['S', 60, true], week: ['D', 7, false],
  };
  const s = smaller[u.unit];
  if (!s) return `P${t}${fmt(n)}${u.code}`;
  const [code, per, clock] = s;
  const part = Math.round(frac * per);
  const head = whole > 0 ? `${whole}${u.code}` : '';
  if (u.clock || !clock) return `P${t}${head}${part}${code}`;
  return `P${head}T${part}${code}`;
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : String(+n.toFixed(2));
}
