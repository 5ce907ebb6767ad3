#!/usr/bin/env bash
# Builds one VSIX per platform lawyers use, each carrying the native Typst compiler of its platform:
# pretoire-<version>-<target>.vsix for win32-x64, win32-arm64, darwin-x64, darwin-arm64, linux-x64
# and linux-arm64 (`npm run package`), or for one target (`npm run package -- --target win32-x64`).
# The compilers of the other platforms come from the npm registry (`npm pack`, kept in .cache/),
# since `npm ci` installs only this machine's. Each VSIX is then checked by scripts/checkPackages.mjs.
set -euo pipefail
cd "$(dirname "$0")/.."
targets=(win32-x64 win32-arm64 darwin-x64 darwin-arm64 linux-x64 linux-arm64)
if [ "${1:-}" = "--target" ]; then
	targets=("$2")
fi
version=$(node -p "require('./package.json').version")
compiler=node_modules/@myriaddreamin/typst-ts-node-compiler
typst_version=$(node -p "require('./$compiler/package.json').version")
cache=.cache/typst-native/$typst_version

# The native package name of each VS Code target (napi-rs's names).
native_of() {
	case "$1" in
		linux-x64) echo linux-x64-gnu ;;
		linux-arm64) echo linux-arm64-gnu ;;
		win32-x64) echo win32-x64-msvc ;;
		win32-arm64) echo win32-arm64-msvc ;;
		darwin-x64) echo darwin-x64 ;;
		darwin-arm64) echo darwin-arm64 ;;
		*) echo "package: no Typst compiler build for $1" >&2; exit 2 ;;
	esac
}

built=()
for target in "${targets[@]}"; do
	native=$(native_of "$target")
	package="@myriaddreamin/typst-ts-node-compiler-$native"
	source="$compiler-$native"
	if [ ! -d "$source" ]; then
		source="$cache/$native/package"
		if [ ! -d "$source" ]; then
			mkdir -p "$cache/$native"
			tarball=$(cd "$cache/$native" && npm pack --silent "$package@$typst_version")
			tar -xzf "$cache/$native/$tarball" -C "$cache/$native"
			rm "$cache/$native/$tarball"
		fi
	fi
	# The bundles resolve the compiler from dist/node_modules, the only node_modules the VSIX ships.
	rm -rf dist/node_modules
	mkdir -p "dist/node_modules/$package"
	cp -R "$compiler" dist/node_modules/@myriaddreamin/
	cp -R "$source/." "dist/node_modules/$package/"
	out="pretoire-$version-$target.vsix"
	# vsce runs vscode:prepublish (the production bundles) before packaging. Relative links stay
	# relative: the README shown in VS Code opens the images and rule pages shipped in the VSIX.
	npx vsce package --no-dependencies --no-rewrite-relative-links --target "$target" --out "$out"
	built+=("$out")
done
rm -rf dist/node_modules
node scripts/checkPackages.mjs "${built[@]}"
ls -l "${built[@]}"
