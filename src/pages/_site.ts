import { getCollection, getEntry, render } from 'astro:content';
import { createModel, type Model } from '../lib/site/model';
import type { ContentSet, Entry } from '../lib/content/types';
import { LANGS, type Lang } from '../i18n/langs';
import { factLinkIssues } from '../lib/content/fact-links';
import { ContentError } from '../lib/content/content-issue';
import { proseDoubts } from '../lib/views/value-view';

let model: Promise<Model> | undefined;

async function entries<K extends keyof ContentSet>(name: K): Promise<ContentSet[K]> {
  const list = await getCollection(name);
  return list.map((e) => ({ id: e.id, filePath: e.filePath ?? `content/${name}/${e.id}`, data: e.data })) as Entry<
    unknown
  >[] as ContentSet[K];
}

/** The one query every page shares: all collections, validated once per build. */
export function loadModel(): Promise<Model> {
  model ??= (async () =>
    createModel({
      sources: await entries('sources'),
      facts: await entries('facts'),
      cities: await entries('cities'),
      programs: await entries('programs'),
      events: await entries('events'),
    }))();
  return model;
}

/** Static paths for a page that exists once per language. */
export const langPaths = () => LANGS.map((lang) => ({ params: { lang } }));

/**
 * An editorial MDX page in one language, its fact links checked against the facts, ready to render. `locals` gets
 * the doubt of every fact, which the prose's fact links show beside their words.
 */
export async function loadProse(lang: Lang, name: 'home' | 'about', locals: App.Locals) {
  const file = `content/pages/${lang}/${name}.mdx`;
  const page = await getEntry('pages', `${lang}/${name}`);
  if (!page) throw new Error(`missing ${file}; every language needs its ${name} page prose`);
  const model = await loadModel();
  const issues = factLinkIssues(page.filePath ?? file, page.body ?? '', (id) => model.content.facts.some((f) => f.id === id));
  if (issues.length > 0) throw new ContentError(issues);
  locals.doubts = proseDoubts(model, lang);
  const { Content } = await render(page);
  return { data: page.data, Content };
}
