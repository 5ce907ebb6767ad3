#!/usr/bin/env bash
# Builds the VSIX for this machine's platform (the PDF export's Typst compiler is a native addon):
# pretoire-<version>.vsix. Other platforms: install their compiler package first, then pass
# --target, e.g. `npm install --no-save --force @myriaddreamin/typst-ts-node-compiler-win32-x64-msvc@0.6.0`
# and `npm run package -- --target win32-x64`.
set -euo pipefail
cd "$(dirname "$0")/.."
target="${1:-}"
if [ "$target" = "--target" ]; then
	target="$2"
fi
if [ -z "$target" ]; then
	case "$(uname -s)-$(uname -m)" in
		Linux-x86_64) target=linux-x64 ;;
		Linux-aarch64) target=linux-arm64 ;;
		Darwin-arm64) target=darwin-arm64 ;;
		Darwin-x86_64) target=darwin-x64 ;;
		*) echo "package: unknown platform $(uname -s)-$(uname -m); pass --target" >&2; exit 2 ;;
	esac
fi
version=$(node -p "require('./package.json').version")
case "$target" in
	linux-x64) native=linux-x64-gnu ;;
	linux-arm64) native=linux-arm64-gnu ;;
	win32-x64) native=win32-x64-msvc ;;
	win32-arm64) native=win32-arm64-msvc ;;
	darwin-x64) native=darwin-x64 ;;
	darwin-arm64) native=darwin-arm64 ;;
	*) echo "package: no Typst compiler build for $target" >&2; exit 2 ;;
esac
compiler=node_modules/@myriaddreamin/typst-ts-node-compiler
if [ ! -d "$compiler-$native" ]; then
	echo "package: $compiler-$native is not installed; run: npm install --no-save --force @myriaddreamin/typst-ts-node-compiler-$native@0.6.0" >&2
	exit 2
fi
# The bundles resolve the native compiler from dist/node_modules, the only node_modules the VSIX ships.
rm -rf dist/node_modules
mkdir -p dist/node_modules/@myriaddreamin
cp -R "$compiler" "$compiler-$native" dist/node_modules/@myriaddreamin/
# vscode:prepublish builds the production bundles. Dependencies are bundled by esbuild; only the native compiler ships from node_modules (.vscodeignore).
# Relative links stay relative: the README shown in VS Code opens the images and rule pages shipped in the VSIX.
npx vsce package --no-dependencies --no-rewrite-relative-links --target "$target" --out "pretoire-$version.vsix"
ls -l "pretoire-$version.vsix"
