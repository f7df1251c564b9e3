/**
 * The short links as a `_redirects` file (Netlify's format): a 302 to the page in the reader's language, chosen by
 * the `Language` condition on Accept-Language. Readers in any other language fall through to the static `/go/`
 * page, which picks for them. A target with a fragment stays with the static page, since `#` opens a comment there.
 */
import { LANGS } from '../../i18n/langs';
import { goPath, type ShortLink } from './short-links';

/** Accept-Language primary tags sent to each language (Malay readers read Indonesian; see lib/pick-lang.ts). */
const READERS: Record<(typeof LANGS)[number], string> = { id: 'id,ms', en: 'en' };

export function redirectsFile(links: readonly ShortLink[]): string {
  const lines = links.flatMap((link) =>
    LANGS.flatMap((lang) => (link.target[lang].includes('#') ? [] : [`${goPath(link.id)} ${link.target[lang]} 302 Language=${READERS[lang]}`])),
  );
  return `# Short links: /go/{id}/ to the page in the reader's language (generated; see src/lib/share/redirects.ts).\n${lines.join('\n')}\n`;
}
