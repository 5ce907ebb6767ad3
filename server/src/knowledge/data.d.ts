// The knowledge files, validated and bundled by scripts/knowledgeBuild.mjs (esbuild plugin).
declare module 'pretoire:knowledge' {
	const knowledge: import('./schema').KnowledgeData;
	export default knowledge;
}
