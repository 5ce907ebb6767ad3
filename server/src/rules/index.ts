import frontMatterInvalid from './front-matter-invalid';
import type { Rule } from './types';

/** Every rule, in the order of the README's rules catalogue. */
export const rules: readonly Rule[] = [frontMatterInvalid];
