import { z } from 'astro/zod';

/**
 * The story of a city or programme in a language other than Indonesian, the default:
 * content/{cities,programs}/{lang}/{id}.mdx, e.g. content/cities/en/hamamatsu.mdx. The file is the story and
 * nothing else. Names, coordinates, stages and every other field are written once, in the Indonesian file one
 * folder up (content/cities/hamamatsu.mdx), so this file has no frontmatter and the schema refuses any field.
 */
export const translationSchema = z.preprocess((data, ctx) => {
  if (data && typeof data === 'object') {
    for (const key of Object.keys(data)) {
      ctx.addIssue({
        code: 'custom',
        path: [key],
        message: `fields are written once, in the Indonesian file one folder up (content/<collection>/<id>.mdx); delete \`${key}:\` here and keep only the story`,
      });
    }
  }
  return data;
}, z.strictObject({}));
