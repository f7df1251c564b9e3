import { getCollection, getEntry, render } from 'astro:content';
import { createModel, type Model } from '../lib/site/model';
import type { ContentSet, Entry } from '../lib/content/types';
import { LANGS, type Lang } from '../i18n/langs';
import { factLinkIssues } from '../lib/content/fact-links';
import { ContentError } from '../lib/content/content-issue';
import { findContentIssues } from '../lib/content/validate';
import { DEFAULT_LANG, findStoryIssues, translationId, type StoryCollection } from '../lib/content/stories';
import { firstSentence } from '../lib/content/prose-text';
import { proseDoubts } from '../lib/views/value-view';
import type { YearPage } from '../lib/site/year-pages';

let model: Promise<Model> | undefined;

async function entries<K extends keyof ContentSet>(name: K): Promise<ContentSet[K]> {
  const list = await getCollection(name);
  return list.map((e) => ({ id: e.id, filePath: e.filePath ?? `content/${name}/${e.id}`, data: e.data, body: e.body })) as Entry<
    unknown
  >[] as ContentSet[K];
}

/**
 * The one query every page shares: all collections, validated once per build, with every piece of prose (the
 * stories of cities and programmes, the editorial pages), so that one failed build lists every problem.
 */
export function loadModel(): Promise<Model> {
  model ??= (async () => {
    const content: ContentSet = {
      sources: await entries('sources'),
      facts: await entries('facts'),
      cities: await entries('cities'),
      programs: await entries('programs'),
      events: await entries('events'),
    };
    const prose = (e: { id: string; filePath?: string; body?: string }) => ({ id: e.id, filePath: e.filePath ?? `content/${e.id}.mdx`, body: e.body });
    const translations = (await getCollection('translations')).map(prose);
    const pages = (await getCollection('pages')).map(prose);
    const facts = new Set(content.facts.map((f) => f.id));
    const has = (id: string) => facts.has(id);
    const issues = [
      ...findContentIssues(content),
      ...findStoryIssues({ cities: content.cities, programs: content.programs, translations }, has),
      ...pages.flatMap((p) => factLinkIssues(p.filePath, p.body ?? '', has)),
    ];
    if (issues.length > 0) throw new ContentError(issues);
    return createModel(content);
  })();
  return model;
}

/** Static paths for a page that exists once per language. */
export const langPaths = () => LANGS.map((lang) => ({ params: { lang } }));

/** Static paths for a list paged by year (`[...page]`): each of its pages in each language, the first at the list's own address. */
export const yearPagePaths = (pages: YearPage[]) =>
  LANGS.flatMap((lang) => pages.map((page) => ({ params: { lang, page: page.slug || undefined }, props: { page } })));

/**
 * An editorial MDX page in one language, ready to render (loadModel has checked its fact links). `locals` gets the
 * doubt of every fact, which the prose's fact links show beside their words.
 */
export async function loadProse(lang: Lang, name: 'home' | 'about', locals: App.Locals) {
  const file = `content/pages/${lang}/${name}.mdx`;
  const page = await getEntry('pages', `${lang}/${name}`);
  if (!page) throw new Error(`missing ${file}; every language needs its ${name} page prose`);
  locals.doubts = proseDoubts(await loadModel(), lang);
  const { Content } = await render(page);
  return { data: page.data, Content };
}

/**
 * The story of a city or programme in one language, ready to render, and its first sentence as plain text for the
 * page's description and link preview. `locals` gets the doubts its fact links show, as for a page.
 */
export async function loadStory(collection: StoryCollection, id: string, lang: Lang, locals: App.Locals) {
  const model = await loadModel();
  const entry = lang === DEFAULT_LANG ? await getEntry(collection, id) : await getEntry('translations', translationId(collection, lang, id));
  if (!entry) throw new Error(`missing story: ${translationId(collection, lang, id)}`);
  locals.doubts = proseDoubts(model, lang);
  const { Content } = await render(entry);
  return { Content, description: firstSentence(entry.body ?? '') };
}
