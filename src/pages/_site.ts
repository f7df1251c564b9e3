import { getCollection } from 'astro:content';
import { createModel, type Model } from '../lib/site/model';
import type { ContentSet, Entry } from '../lib/content/types';
import { LANGS } from '../i18n/langs';

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
