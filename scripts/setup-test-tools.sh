#!/usr/bin/env bash
# Installs what the tests need beyond npm packages, idempotently, and caches it between runs:
# Debian's qpdf and poppler-utils (PDF checks), neovim (second LSP client), chromium, ripgrep and
# libkrb5-dev and procps (code-server e2e), and code-server itself in .tools/ (VS Code served to a browser).
set -euo pipefail
cd "$(dirname "$0")/.."

CODE_SERVER_VERSION=4.100.3
TOOLS="$PWD/.tools"
packages=(qpdf poppler-utils neovim chromium ripgrep libkrb5-dev procps)

missing=()
for package in "${packages[@]}"; do
	dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
	if [ "$(id -u)" -ne 0 ]; then
		echo "setup-test-tools: missing Debian packages (${missing[*]}); run as root or install them: apt-get install -y ${missing[*]}" >&2
		exit 1
	fi
	echo "setup-test-tools: installing ${missing[*]}"
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

CODE_SERVER="$TOOLS/code-server"
if [ ! -f "$CODE_SERVER/.ready-$CODE_SERVER_VERSION" ]; then
	echo "setup-test-tools: installing code-server $CODE_SERVER_VERSION into .tools/ (once)"
	rm -rf "$CODE_SERVER"
	mkdir -p "$CODE_SERVER"
	(
		cd "$CODE_SERVER"
		npm init -y >/dev/null
		npm install --ignore-scripts --no-audit --no-fund "code-server@$CODE_SERVER_VERSION" >/dev/null
		cd node_modules/code-server/lib/vscode
		npm install --omit=dev --ignore-scripts --no-audit --no-fund >/dev/null
		mkdir -p node_modules/@vscode/ripgrep/bin
		ln -sf /usr/bin/rg node_modules/@vscode/ripgrep/bin/rg
		npm_config_yes=true npm rebuild kerberos @parcel/watcher @vscode/spdlog @vscode/deviceid native-watchdog node-pty >/dev/null
		ln -sfn node_modules node_modules.asar
		(cd bin/remote-cli && ln -sf code-linux.sh code-server)
		(cd bin/helpers && ln -sf browser-linux.sh browser.sh)
		(cd extensions && npm install --omit=dev --ignore-scripts --no-audit --no-fund >/dev/null)
	)
	(cd "$CODE_SERVER" && npm_config_yes=true npm rebuild argon2 >/dev/null)
	touch "$CODE_SERVER/.ready-$CODE_SERVER_VERSION"
fi
echo "setup-test-tools: ready"
