#!/usr/bin/env bash
# The speed table of the reading room against nginx serving the very same bytes, at the TIME
# collection's size (423 articles) and ten times it (4,230: each article ten times under its own slug
# and story). Each server runs pinned to core 1 and wrk to core 0 (wrk -t1 -c32); samples alternate
# app and nginx and the best of each counts. Installs nginx and wrk when missing; stops only what it
# started. Usage: bench/run.sh path/to/corpora/time   (SAMPLES=2 SECONDS_PER_SAMPLE=5 STARTS=5 by default:
# STARTS launches on the reused database, of which the median counts)
set -euo pipefail

if [[ $# -ne 1 || ! -f $1/TIME.ALL ]]; then
    echo "usage: bench/run.sh path/to/corpora/time" >&2
    exit 2
fi
corpus=$(realpath "$1")
samples=${SAMPLES:-2}
starts=${STARTS:-5}
duration=${SECONDS_PER_SAMPLE:-5}
work=$(mktemp -d -t malireader-run-XXXXXX)
source "$(dirname "$0")/load-common.sh"
trap 'stop_all; rm -rf "$work"' EXIT
trap 'exit 130' INT TERM

if (($(nproc) < 2)); then
    echo "needs two cores: one for the server, one for wrk" >&2
    exit 2
fi
need nginx:nginx-light wrk:wrk curl:curl
publish_app
export_time "$corpus"
multiply_content "$work/time" "$work/time10"
# The queries cut after each of their words: over a thousand distinct searches, none repeated in a row.
awk '{ q = ""; for (i = 1; i <= NF; i++) { q = q (i > 1 ? " " : "") $i; if (!seen[q]++) print q } }' \
    "$work/time-queries.txt" >"$work/distinct-queries.txt"
# The reading room as shipped (its own content folder, the seed story) is measured too, with distinct
# searches made of its own words: each word of four letters or more, then each run of two, in text order.
python3 - "$repo/content" >"$work/seed-queries.txt" <<'PY'
import pathlib, re, sys
seen, queries = set(), []
for path in sorted(pathlib.Path(sys.argv[1]).glob("*.md")):
    body = path.read_text(encoding="utf-8").split("---", 2)[-1]
    words = re.findall(r"[^\W\d_]{4,}", body)
    for query in words + [f"{a} {b}" for a, b in zip(words, words[1:])]:
        if query.lower() not in seen:
            seen.add(query.lower())
            queries.append(query)
print("\n".join(queries[:1000]))
PY
encode() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote_plus(sys.argv[1]))' "$1"; }

# Copies the app's answers to the measured addresses into a folder and serves it with nginx.
start_nginx() {
    local static=$work/static port
    rm -rf "$static" && mkdir -p "$static/p"
    curl -fs "$app_url/" -o "$static/index.html"
    curl -fs "$app_url$permalink" -o "$static$permalink.html"
    curl -fs "$app_url/search?q=$encoded_query" -o "$static/search.html"
    curl -fs "$app_url/api/search?q=$encoded_query" -o "$static/api-search.json"
    port=$(free_port)
    nginx_url="http://127.0.0.1:$port"
    cat >"$work/nginx.conf" <<CONF
# Workers run as this script's user: a root master would otherwise drop them to an account that
# cannot read or write the script's private temporary folder.
user $(id -un);
worker_processes 1;
daemon off;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 1000000;
    default_type text/html;
    server {
        listen 127.0.0.1:$port;
        root $static;
        location = / { try_files /index.html =404; }
        location = /search { try_files /search.html =404; }
        location = /api/search { default_type application/json; try_files /api-search.json =404; }
        location /p/ { try_files \$uri.html =404; }
    }
}
CONF
    (exec setsid taskset -c 1 nginx -c "$work/nginx.conf" -p "$work") >"$work/nginx.out" 2>&1 &
    nginx_pid=$!
    started_pids+=("$nginx_pid")
    for _ in $(seq 100); do
        curl -fs -o /dev/null "$nginx_url/" && return
        sleep 0.05
    done
    echo "nginx did not start:" >&2
    tail -5 "$work/nginx.out" "$work/nginx-error.log" >&2
    exit 1
}

# wrk_rps URL [lua script args...]: requests per second of one sample; fails on any non-2xx.
wrk_rps() {
    local url=$1 output
    shift
    if (($#)); then
        output=$(taskset -c 0 wrk -t1 -c32 -d"${duration}s" --timeout 5s -s "$repo/bench/search-latency.lua" "$url" -- "$@")
        read -r _ rps _ _ _ _ non2xx errors _ <<<"$(grep '^RESULT' <<<"$output")"
        if ((non2xx + errors > 0)); then
            # Recorded, not fatal: the rest of the table still tells something; the script fails at the end.
            echo "$non2xx non-2xx answers and $errors socket errors (timeouts over 5 s) from $url" | tee -a "$work/failures" >&2
        fi
        printf '%.0f\n' "$rps"
    else
        output=$(taskset -c 0 wrk -t1 -c32 -d"${duration}s" --timeout 5s "$url")
        if grep -Eq 'Non-2xx|Socket errors' <<<"$output"; then
            echo "non-2xx answers or socket errors from $url: $(grep -E 'Non-2xx|Socket errors' <<<"$output")" | tee -a "$work/failures" >&2
        fi
        awk '/^Requests\/sec:/ { printf "%.0f\n", $2 }' <<<"$output"
    fi
}

# best_of APP_URL NGINX_URL [lua args...]: alternating samples; prints "app nginx" best requests/s.
best_of() {
    local app=$1 static=$2 best_app=0 best_nginx=0 i r
    shift 2
    wrk_rps "$app" "$@" >/dev/null # warm-up
    for ((i = 0; i < samples; i++)); do
        r=$(wrk_rps "$app" "$@"); ((r > best_app)) && best_app=$r
        r=$(wrk_rps "$static" "$@"); ((r > best_nginx)) && best_nginx=$r
    done
    echo "$best_app $best_nginx"
}

declare -A rps
rows=()
row() { rows+=("$(printf '| %-40s | %14s | %14s | %9s |' "$@")"); }
ratio() { python3 -c "import sys; print(f'{float(sys.argv[1]) / float(sys.argv[2]):.2f}×')" "${1:-0}" "${2:-1}"; }

# The log line SnapshotPreparation writes once comparisons and the search index are built.
prepared_setting=--Logging:LogLevel:MaliReader.Web.ReadModel.SnapshotPreparation=Information

# wait_prepared NAME: waits until the app NAME has built its comparisons and search index; prints the
# milliseconds from launch (the first request that needs them no longer waits from then on).
wait_prepared() {
    local name=$1 started_var="${1}_started_ns" i
    for i in $(seq 12000); do
        if grep -q "Prepared comparisons and the search index" "$work/$name.log"; then
            echo $((($(date +%s%N) - ${!started_var}) / 1000000))
            return
        fi
        sleep 0.05
    done
    echo "the app $name never logged that it had prepared its snapshot" >&2
    exit 1
}

# measure_size LABEL CONTENT QUERY DISTINCT_QUERIES_FILE
measure_size() {
    local label=$1 content=$2
    local db="$work/${label// /-}.db" fresh reused fresh_prepared reused_prepared fresh_articles reused_articles
    encoded_query=$(encode "$3")
    distinct_queries=$4
    phase "$label: fresh database"
    start_app fresh 1 "$content" "$db" "$prepared_setting"
    fresh=$fresh_first_page_ms
    # A first load is served in batches: how much of the library the first page already had.
    fresh_articles=$(curl -fs "$fresh_url/api/articles" | grep -o '"slug"' | wc -l)
    fresh_prepared=$(wait_prepared fresh)
    stop_all
    # One launch is at the mercy of whatever else the machine does in that second (identical builds gave
    # medians 0.13 s apart in 12 alternating launches): the reused start is the median of $starts launches.
    phase "$label: reused database, $starts launches"
    local launches=() k
    for ((k = 1; k < starts; k++)); do
        start_app probe 1 "$content" "$db"
        launches+=("$probe_first_page_ms")
        stop_pid "$probe_pid"
    done
    start_app app 1 "$content" "$db" "$prepared_setting"
    launches+=("$app_first_page_ms")
    reused=$(printf '%s\n' "${launches[@]}" | sort -n | awk '{ a[NR] = $1 } END { printf "%d (%d–%d)", a[int((NR + 1) / 2)], a[1], a[NR] }')
    reused_articles=$(curl -fs "$app_url/api/articles" | grep -o '"slug"' | wc -l)
    reused_prepared=$(wait_prepared app)
    local articles
    articles=$(curl -fs "$app_url/api/articles" | grep -o '"slug"' | wc -l)
    permalink="/p/$(curl -fs "$app_url/api/articles" | python3 -c 'import json, sys; print(json.load(sys.stdin)[0]["slug"])')-1"
    start_nginx
    local memory_before memory_files
    memory_before=$(rss_mib "$app_pid")
    memory_files=$(file_rss_mib "$app_pid")

    local name path a n
    # A warm-up round over every measured address first, and the pages once more: the app compiles its
    # hot code to its final tier during its first seconds of traffic (measured: a cached / costs 370 µs of
    # CPU in its first seconds, 80 µs once compiled), which is start-up cost, not the throughput of
    # whichever row happens to come first.
    phase "$label: warming up"
    for path in / "$permalink" "/search?q=$encoded_query" "/api/search?q=$encoded_query" / "$permalink"; do
        wrk_rps "$app_url$path" >/dev/null
    done
    for name in "reading room /" "permalink page" "search page" "search API"; do
        case $name in
            "reading room /") path=/ ;;
            "permalink page") path=$permalink ;;
            "search page") path="/search?q=$encoded_query" ;;
            "search API") path="/api/search?q=$encoded_query" ;;
        esac
        phase "$label: $name"
        read -r a n <<<"$(best_of "$app_url$path" "$nginx_url$path")"
        rps[$label/$name]=$a
        row "$label ($articles articles): $name" "$a" "$n" "$(ratio "$a" "$n")"
    done
    phase "$label: distinct searches"
    # Each request's address is new ("unique"): the seed story's few hundred answers would otherwise all sit
    # in the output cache after the first pass, and the row would measure the cache, not search.
    read -r a n <<<"$(best_of "$app_url" "$nginx_url" "$distinct_queries" "/api/search?q=" unique)"
    rps[$label/search distinct]=$a
    row "$label: distinct searches (API)" "$a" "$n" "$(ratio "$a" "$n")"
    row "$label: start to first page, fresh / reused (median, range)" "${fresh} ms" "${reused} ms" ""
    row "$label: articles served at the first page" "$fresh_articles" "$reused_articles" ""
    row "$label: start to search ready, fresh / reused" "${fresh_prepared} ms" "${reused_prepared} ms" ""
    row "$label: memory before / after load" "$memory_before MiB" "$(rss_mib "$app_pid") MiB" ""
    row "$label: of it, files mapped (shared)" "$memory_files MiB" "$(file_rss_mib "$app_pid") MiB" ""
    row "$label: / with Brotli on the wire" "$(curl -fs -H 'Accept-Encoding: br' "$app_url/" | wc -c) bytes" "" ""
    stop_all
}

# The floor under both figures: ASP.NET Core's own Razor Pages template (`dotnet new webapp`), published
# with the app's runtime settings (workstation GC, no dynamic PGO, ReadyToRun), launched $starts times on
# core 1 and loaded on its `/` as the app is. What the framework costs before the app does anything.
measure_template() {
    phase "Razor Pages template: publishing"
    dotnet new webapp --no-https -o "$work/template" >"$work/template-new.log" 2>&1 \
        || { cat "$work/template-new.log" >&2; exit 1; }
    dotnet publish "$work/template" -c Release --nologo -v q -o "$work/template-app" -p:ServerGarbageCollection=false \
        -p:TieredPGO=false -p:PublishReadyToRun=true -p:RuntimeIdentifier="$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')" \
        -p:SelfContained=false >"$work/template-publish.log" 2>&1 || { cat "$work/template-publish.log" >&2; exit 1; }
    local launches=() k port url pid started i first before
    phase "Razor Pages template: $starts launches"
    for ((k = 1; k <= starts; k++)); do
        port=$(free_port)
        url="http://127.0.0.1:$port"
        started=$(date +%s%N)
        (cd "$work/template-app" && ASPNETCORE_ENVIRONMENT=Production exec setsid taskset -c 1 dotnet template.dll \
            --urls "$url" --Logging:LogLevel:Default=Warning) >"$work/template.log" 2>&1 &
        pid=$!
        started_pids+=("$pid")
        first=
        for i in $(seq 30000); do
            if taskset -c 0 curl -fs -o /dev/null "$url/"; then
                first=$((($(date +%s%N) - started) / 1000000))
                break
            fi
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.01
        done
        [[ -n $first ]] || { echo "the template app did not start:" >&2; tail -20 "$work/template.log" >&2; exit 1; }
        launches+=("$first")
        ((k == starts)) || stop_pid "$pid"
    done
    before=$(rss_mib "$pid")
    wrk_rps "$url/" >/dev/null
    for ((k = 0; k < samples; k++)); do wrk_rps "$url/" >/dev/null; done
    row "Razor Pages template: start, median (range)" "$(printf '%s\n' "${launches[@]}" | sort -n | awk '{ a[NR] = $1 } END { printf "%d (%d–%d)", a[int((NR + 1) / 2)], a[1], a[NR] }') ms" "" ""
    row "Razor Pages template: memory before / after" "$before MiB" "$(rss_mib "$pid") MiB" ""
    row "Razor Pages template: of it, files mapped" "$(file_rss_mib "$pid") MiB" "" ""
    stop_all
}

measure_template
measure_size "seed story" "$repo/content" "$(head -1 "$work/seed-queries.txt")" "$work/seed-queries.txt"
measure_size "TIME 1x" "$work/time" "$(head -1 "$work/time-queries.txt")" "$work/distinct-queries.txt"
measure_size "TIME 10x" "$work/time10" "$(head -1 "$work/time-queries.txt")" "$work/distinct-queries.txt"

slower() { python3 -c "import sys; b = float(sys.argv[2]); print(f'{float(sys.argv[1]) / b:.2f}× slower' if b else 'n/a')" "${1:-0}" "${2:-0}"; }
for name in "reading room /" "permalink page" "search page" "search API" "search distinct"; do
    row "10x vs 1x: $name" "" "" "$(slower "${rps[TIME 1x/$name]}" "${rps[TIME 10x/$name]}")"
done

echo
echo "wrk -t1 -c32, best of $samples × ${duration}s samples, server on core 1, wrk on core 0; $(nproc) cores; $(date -u +%Y-%m-%d)"
echo "| what                                     | app (req/s)    | nginx (req/s)  | app/nginx |"
echo "|------------------------------------------|----------------|----------------|-----------|"
printf '%s\n' "${rows[@]}"
echo "($SECONDS s in all)"
if [[ -s $work/failures ]]; then
    echo "FAILED: some requests were not answered in time or with 2xx:" >&2
    cat "$work/failures" >&2
    exit 1
fi
