import { z } from 'zod';
import { dossierSchema } from './frontMatterSchema';

/**
 * The JSON Schema of `dossier.yaml`, derived from the same zod contract the server validates with.
 * Refinements (real dates, valid IP addresses) cannot be expressed in JSON Schema: the server reports
 * those; the schema gives editors the keys, types and French descriptions for completion.
 */
export function dossierJsonSchema(): Record<string, unknown> {
	const schema = z.toJSONSchema(dossierSchema, { unrepresentable: 'any', io: 'input' }) as Record<string, unknown>;
	return { ...schema, $id: 'https://github.com/pretoire/pretoire/blob/main/schemas/dossier.schema.json', title: 'Prétoire — dossier.yaml' };
}
