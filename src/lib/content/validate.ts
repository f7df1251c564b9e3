import { parseDate } from '../dates/parse-date';
import { LANGS } from '../../i18n/langs';
import { STAGES } from '../../schemas/programs';
import { ContentError, type ContentIssue } from './content-issue';
import { allCitations, factDateInput } from './fact-evidence';
import { coordinateIssues } from './validate-coordinates';
import { STORY_COLLECTIONS } from './stories';
import type { Citation, CollectionName, ContentSet, Entry, FactData } from './types';

type Ref = { id: string; collection: string } | undefined;

/**
 * Cross-entry rules that one file's schema cannot see: references resolve, quotes carry translations,
 * stages and events stand on dated facts, coordinates are the point their cited quote prints.
 * Returns every issue found, never only the first.
 */
export function findContentIssues(content: ContentSet): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const ids = Object.fromEntries(
    (Object.keys(content) as CollectionName[]).map((name) => [name, new Map(content[name].map((e) => [e.id, e]))]),
  ) as { [K in CollectionName]: Map<string, ContentSet[K][number]> };

  const ref = (entry: Entry<unknown>, field: string, value: Ref, collection: CollectionName) => {
    if (value && !ids[collection].has(value.id)) {
      const singular = collection.replace(/s$/, '').replace(/ie$/, 'y');
      const ext = (STORY_COLLECTIONS as readonly string[]).includes(collection) ? 'mdx' : 'yaml';
      issues.push({
        file: entry.filePath,
        field,
        message: `unknown ${singular} "${value.id}"; create content/${collection}/${value.id}.${ext} or use an existing id`,
      });
    }
  };
  const refs = (entry: Entry<unknown>, field: string, values: Ref[], collection: CollectionName) =>
    values.forEach((v, i) => ref(entry, `${field}[${i}]`, v, collection));

  const citations = (entry: Entry<FactData>, field: string, list: Citation[]) => {
    list.forEach((c, i) => {
      const at = `${field}[${i}]`;
      ref(entry, `${at}.source`, c.source, 'sources');
      const source = ids.sources.get(c.source.id);
      if (!source || !c.quote) return;
      for (const lang of LANGS) {
        if (lang !== source.data.language && !c.translation?.[lang]) {
          issues.push({
            file: entry.filePath,
            field: `${at}.translation.${lang}`,
            message: `the quote is in "${source.data.language}" and needs a translation into ${lang}; add \`translation: { ${lang}: "…" }\``,
          });
        }
      }
    });
  };

  for (const fact of content.facts) {
    const d = fact.data;
    const all = allCitations(d);
    if (d.sources) citations(fact, 'sources', d.sources);
    d.claims?.forEach((claim, i) => citations(fact, `claims[${i}].sources`, claim.sources));
    // A verified fact may cite a source without a quote when none was recorded (better than a quote that proves
    // something else); a claim attributed to a source must quote it.
    if (d.status === 'attributed' && all.length > 0 && !all.some((c) => c.quote)) {
      issues.push({ file: fact.filePath, field: 'sources', message: 'an attributed claim must quote the source it attributes; add the `quote` the source gives' });
    }
    const keys = (d.claims ?? []).map((c) => c.key);
    const dup = keys.find((k, i) => keys.indexOf(k) !== i);
    if (dup) issues.push({ file: fact.filePath, field: 'claims', message: `duplicate claim key "${dup}"; give each claim its own key` });
    refs(fact, 'cities', d.cities, 'cities');
    refs(fact, 'programs', d.programs, 'programs');
  }

  const needsDate = (entry: Entry<unknown>, field: string, factRef: Ref, why: string) => {
    const fact = factRef && ids.facts.get(factRef.id);
    if (fact && !factDateInput(fact.data)) {
      issues.push({ file: entry.filePath, field, message: `fact "${factRef.id}" has no date, but ${why}; add \`date\` to content/facts/${factRef.id}.yaml` });
    }
  };

  for (const city of content.cities) {
    ref(city, 'coordinates.fact', city.data.coordinates?.fact, 'facts');
    ref(city, 'native.fact', city.data.native?.fact, 'facts');
    ref(city, 'designation', city.data.designation, 'facts');
    needsDate(city, 'designation', city.data.designation, 'a designation is shown with its date');
    if (city.data.field && !city.data.designation) {
      issues.push({ file: city.filePath, field: 'designation', message: 'a city with a creative `field` needs the `designation` fact that dates it' });
    }
  }

  for (const program of content.programs) {
    const d = program.data;
    ref(program, 'about', d.about, 'facts');
    refs(program, 'partners', d.partners, 'cities');
    let last = -1;
    d.stages.forEach((s, i) => {
      ref(program, `stages[${i}].fact`, s.fact, 'facts');
      needsDate(program, `stages[${i}].fact`, s.fact, 'every stage must be backed by a dated fact');
      const rank = STAGES.indexOf(s.stage);
      if (rank < last) {
        issues.push({ file: program.filePath, field: `stages[${i}].stage`, message: `"${s.stage}" comes after "${STAGES[last]}"; list stages in the order ${STAGES.join(' → ')}` });
      }
      last = Math.max(last, rank);
    });
  }

  for (const event of content.events) {
    const d = event.data;
    ref(event, 'fact', d.fact, 'facts');
    needsDate(event, 'fact', d.fact, 'an event takes its date from its fact');
    refs(event, 'related', d.related, 'facts');
    refs(event, 'cities', d.cities, 'cities');
    refs(event, 'programs', d.programs, 'programs');
  }

  for (const fact of content.facts) {
    if (fact.data.dateInferred && !fact.data.date) {
      issues.push({ file: fact.filePath, field: 'dateInferred', message: 'only a fact with a `date` can mark it inferred; add `date` or remove `dateInferred`' });
    }
    if (fact.data.dateInferred && !fact.data.caveat) {
      issues.push({ file: fact.filePath, field: 'caveat', message: 'an inferred date must say how it was inferred: add `caveat` in id and en' });
    }
  }
  for (const source of content.sources) {
    if (source.data.titleInferred && !source.data.titleNote) {
      issues.push({ file: source.filePath, field: 'titleNote', message: 'an inferred title must say how it was inferred: add `titleNote` in id and en' });
    }
  }

  for (const fact of content.facts) {
    const input = factDateInput(fact.data);
    if (input) {
      try {
        parseDate(input);
      } catch (error) {
        issues.push({ file: fact.filePath, field: 'date', message: (error as Error).message });
      }
    }
  }
  issues.push(...coordinateIssues(content));
  return issues;
}

/** Throws a ContentError listing every problem, so a bad content folder never builds. */
export function assertValidContent(content: ContentSet): void {
  const issues = findContentIssues(content);
  if (issues.length > 0) throw new ContentError(issues);
}
