import { z } from 'astro/zod';
import { langTag, localized, withRequiredHints } from './common';
import type { ReferenceFn } from './reference';

/** UNESCO Creative Cities Network fields used on the site. */
export const CREATIVE_FIELDS = ['music', 'film'] as const;
/** How finely a source gives a point. */
export const COORDINATE_PRECISIONS = ['second', 'minute'] as const;
/** How a city stands to Ambon. */
export const RELATIONS = ['self', 'uccn-city', 'sister-city'] as const;

/**
 * A city: content/cities/{id}.mdx, these fields in the frontmatter and its story in Indonesian below them; the English
 * story is content/cities/en/{id}.mdx (src/schemas/translations.ts). File name = id, used in URLs: /{lang}/cities/{id}/.
 */
export function citySchema(reference: ReferenceFn) {
  return withRequiredHints(z.strictObject({
    /** The city's name in each site language. */
    name: localized,
    /** The name in the city's own script, when it is not Latin (e.g. 浜松市). */
    native: z.strictObject({ text: z.string().trim().min(1), /** BCP 47 language of the native name. */ lang: langTag, /** The fact whose source prints the name. */ fact: reference('facts') }).optional(),
    /** Country name in each site language. */
    country: localized,
    /** ISO 3166-1 alpha-2 country code, upper case. */
    countryCode: z.string().regex(/^[A-Z]{2}$/, { error: 'expected a two-letter upper-case country code, e.g. ID' }),
    /** Where the marker goes: WGS84 degrees, and the fact that cites the point. Leave out until a source gives it. */
    coordinates: z.strictObject({
      /** Latitude in WGS84 degrees, -90 to 90 (south is negative). */
      lat: z.number().min(-90, { error: 'latitude must be between -90 and 90 degrees' }).max(90, { error: 'latitude must be between -90 and 90 degrees' }),
      /** Longitude in WGS84 degrees, -180 to 180 (west is negative). */
      lon: z.number().min(-180, { error: 'longitude must be between -180 and 180 degrees' }).max(180, { error: 'longitude must be between -180 and 180 degrees' }),
      /** The fact whose source gives this point. */
      fact: reference('facts'),
      /**
       * How finely the source gives the point: `second` (default) or `minute`, an arcminute being about 1.8 km; a
       * point given to the minute is drawn and labelled as approximate.
       */
      precision: z.enum(COORDINATE_PRECISIONS).default('second'),
    }).optional(),
    /** UNESCO Creative City field, for members of the network. */
    field: z.enum(CREATIVE_FIELDS).optional(),
    /** The fact giving the UNESCO designation and its date, for members. */
    designation: reference('facts').optional(),
    /** How the city stands to Ambon. */
    relation: z.enum(RELATIONS),
    /** Position in lists (lower first). */
    order: z.number().int(),
  }), 'src/schemas/cities.ts');
}
