import { stringify } from 'yaml';

/**
 * What « Nouvel acte » cannot know is written as a marked placeholder, `[À compléter : …]`, which the
 * `placeholder-left` rule flags until the lawyer replaces it: the one convention of the knowledge layer,
 * used in the body and, quoted, as a YAML string value.
 */
export { placeholder } from '../knowledge/placeholders';

/** A YAML scalar for any text, quoted only where YAML needs it (placeholders, numbers, `: `…). */
export function yamlString(value: string): string {
	return stringify(value, { lineWidth: 0 }).trimEnd();
}
