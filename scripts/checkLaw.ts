// `npm run check:law [path/to/law.md]`: checks that every procedural article Prétoire quotes in its
// hovers appears word for word in the team's legal reference. That reference lives outside the
// repository (../shared/domain/law.md by default), so this check is NOT part of `npm test`: a fresh
// clone must build and test with nothing beside it.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { procedureArticles } from '../server/src/knowledge';

const lawPath = resolve(process.argv[2] ?? process.env.PRETOIRE_LAW_MD ?? '../shared/domain/law.md');
if (!existsSync(lawPath)) {
	console.error(`check:law: ${lawPath} not found. This check needs the legal reference, which is outside the repository; pass its path as an argument.`);
	process.exit(2);
}
const normalize = (text: string): string => text.replace(/[’']/gu, "'").replace(/\s+/gu, ' ');
const law = normalize(readFileSync(lawPath, 'utf8').replace(/^> ?/gmu, ''));
let missing = 0;
let checked = 0;
for (const article of procedureArticles) {
	for (const passage of article.text.split('[…]').map((part) => part.trim()).filter(Boolean)) {
		checked++;
		if (!law.includes(normalize(passage))) {
			missing++;
			console.error(`article ${article.article}: « ${passage} » is not in ${lawPath}`);
		}
	}
}
console.log(`check:law: ${checked - missing}/${checked} quoted passages found word for word in ${lawPath}`);
process.exit(missing === 0 ? 0 : 1);
