// A data file's JSON Schema (draft 2020-12), made by Zod 4 from the same schema the build checks the file with.
import { z } from 'astro/zod';

/** The JSON Schema of a file holding an array of records, with its own address as `$id`. */
export function jsonSchemaOf(record: z.ZodType, id: string, title: string, description: string): Record<string, unknown> {
  const schema = z.toJSONSchema(z.array(record), {
    target: 'draft-2020-12',
    // The Indonesian field meanings are for the data pages; JSON Schema has one `description`.
    override: (ctx) => {
      delete (ctx.jsonSchema as Record<string, unknown>).descriptionId;
    },
  }) as Record<string, unknown>;
  const { $schema, ...rest } = schema;
  return { $schema, $id: id, title, description, ...rest };
}
