/** A stated chance in words and figures: "1 sur 2 (50 %)", "3 in 10 (30%)", or the percentage alone. */
import type { Language } from '../scenario/format';

/** The simplest fraction k/n (n ≤ 10) equal to a chance (within half a percent), or null. */
export function simpleFraction(chance: number): [number, number] | null {
  for (let n = 2; n <= 10; n++) {
    const k = Math.round(chance * n);
    if (k > 0 && k < n && Math.abs(k / n - chance) <= 0.005) return [k, n];
  }
  return null;
}

const percent = (chance: number, lang: Language): string => {
  const value = Math.round(chance * 1000) / 10;
  const text = lang === 'fr' ? String(value).replace('.', ',') : String(value);
  return lang === 'fr' ? `${text}\u202f%` : `${text}%`;
};

/** A chance between 0 and 1 in words, in a language. */
export function chanceWords(chance: number, lang: Language): string {
  const fraction = simpleFraction(chance);
  if (!fraction) return percent(chance, lang);
  const [k, n] = fraction;
  return lang === 'fr'
    ? `${k} sur ${n} (${percent(chance, lang)})`
    : `${k} in ${n} (${percent(chance, lang)})`;
}
