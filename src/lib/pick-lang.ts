import { LANGS, type Lang } from '../i18n/langs';

/** The first of the reader's preferred languages the site has (by primary subtag), or English for any other. */
export function pickLang(preferred: readonly string[]): Lang | undefined {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    // Malay (ms) readers read Indonesian far more easily than English.
    if (primary === 'ms') return 'id';
    const lang = LANGS.find((l) => l === primary);
    if (lang) return lang;
  }
  return preferred.length > 0 ? 'en' : undefined;
}
