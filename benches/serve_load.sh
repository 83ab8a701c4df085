#!/bin/sh
# Load on `dossier serve` during rebuilds (issue 4): wrk keeps 100 connections requesting an
# article page for 20 s while a loop edits an article's body and site.toml (full rebuilds) every few
# seconds. Any socket error or non-2xx answer shows in wrk's report.
#
# Usage: benches/serve_load.sh DOSSIER_BINARY SITE   (SITE is copied first; needs `wrk` from apt)
set -eu
bin=$(realpath "$1")
work=$(mktemp -d)
trap 'kill $server 2>/dev/null; rm -rf "$work"' EXIT
cp -r "$2" "$work/site"
cd "$work/site"
port=18555
"$bin" serve --port $port >"$work/serve.log" 2>&1 &
server=$!
until curl -sf "http://127.0.0.1:$port/" >/dev/null; do sleep 0.5; done
article=$(ls content/articles | head -1)
page=$(ls public/articles | head -1)
(
    for i in 1 2 3 4 5 6; do
        printf '\nEdited %s.\n' "$i" >>"content/articles/$article"
        sleep 1
        echo "# edit $i" >>site.toml
        sleep 2
    done
) &
editor=$!
wrk -t2 -c100 -d20s --latency "http://127.0.0.1:$port/articles/$page/"
wait $editor
echo "--- rebuilds during the run:"
grep -E "built|error" "$work/serve.log"
