# Shared by the speed benchmarks (run.sh, load, nginx-cache, lighthouse): sourced, not run.
# Each script makes its own $work folder; everything started here is stopped by stop_all on exit.

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
started_pids=()

phase() { echo "[$SECONDS s] $*" >&2; }

# Installs Debian packages that are missing: "command:package" pairs.
need() {
    local missing=() pair
    for pair in "$@"; do
        command -v "${pair%%:*}" >/dev/null 2>&1 || missing+=("${pair#*:}")
    done
    if ((${#missing[@]})); then
        phase "installing ${missing[*]}"
        export DEBIAN_FRONTEND=noninteractive
        apt-get install -y -qq "${missing[@]}" >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null; }
    fi
}

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# Publishes the app (Release) once into $work/app: a published app serves its static assets.
publish_app() {
    phase "publishing the app (Release)"
    dotnet publish -c Release --nologo -v q -o "$work/app" "$repo/src/MaliReader.Web" >"$work/publish.log" 2>&1 \
        || { cat "$work/publish.log" >&2; exit 1; }
}

# Exports the TIME collection as content into $work/time (423 articles, one story each) and its
# queries into $work/time-queries.txt.
export_time() {
    phase "converting the TIME collection to content"
    dotnet run -c Release --project "$repo/bench/SearchQuality" -- "$1" \
        --export-content "$work/time" --export-queries "$work/time-queries.txt" >/dev/null
}

# Ten copies of every article of $1 in $2, each under its own slug and story.
multiply_content() {
    local from=$1 to=$2 file slug copy
    mkdir -p "$to"
    for file in "$from"/*.md; do
        slug=$(basename "$file" .md)
        for copy in 0 1 2 3 4 5 6 7 8 9; do
            sed "s/^story: .*/story: \"$slug-$copy\"/" "$file" >"$to/$slug-$copy.md"
        done
    done
}

# start_app NAME CORE CONTENT DATABASE [setting...]: starts the published app pinned to CORE on a free
# port; sets ${NAME}_url and ${NAME}_pid, and ${NAME}_first_page_ms (launch to the first 200 on /).
start_app() {
    local name=$1 core=$2 content=$3 database=$4
    shift 4
    local port log started pid url i
    port=$(free_port)
    log="$work/$name.log"
    url="http://127.0.0.1:$port"
    started=$(date +%s%N)
    printf -v "${name}_started_ns" '%s' "$started"
    (
        cd "$work/app"
        ASPNETCORE_ENVIRONMENT=Production exec setsid taskset -c "$core" dotnet MaliReader.Web.dll \
            --urls "$url" --Content:Path="$content" --Database:Path="$database" \
            --RateLimiting:Enabled=false --Logging:LogLevel:Default=Warning "$@"
    ) >"$log" 2>&1 &
    pid=$!
    started_pids+=("$pid")
    # Polled every 10 ms from core 0, so that the polling neither delays the answer by much nor takes the
    # app's core (the app is pinned to $core; run.sh measures it on core 1).
    for i in $(seq 30000); do
        if taskset -c 0 curl -fs -o /dev/null "$url/"; then
            printf -v "${name}_first_page_ms" '%s' $((($(date +%s%N) - started) / 1000000))
            printf -v "${name}_url" '%s' "$url"
            printf -v "${name}_pid" '%s' "$pid"
            return
        fi
        if ! kill -0 "$pid" 2>/dev/null; then
            break
        fi
        sleep 0.01
    done
    echo "The app did not start; its log:" >&2
    tail -30 "$log" >&2
    exit 1
}

# Stops one process this script started (its whole process group) and waits for it.
stop_pid() {
    local pid=$1 kept=() other
    kill -- "-$pid" 2>/dev/null || kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    for other in "${started_pids[@]}"; do
        [[ $other == "$pid" ]] || kept+=("$other")
    done
    started_pids=("${kept[@]}")
}

stop_all() {
    local pid
    for pid in "${started_pids[@]}"; do
        stop_pid "$pid"
    done
    started_pids=()
}

# Resident memory of a process and its children, in MiB.
rss_mib() {
    local pid=$1 total=0 p kb
    for p in $pid $(pgrep -P "$pid" || true); do
        kb=$(awk '/^VmRSS:/ { print $2 }' "/proc/$p/status" 2>/dev/null || echo 0)
        total=$((total + ${kb:-0}))
    done
    echo $((total / 1024))
}

# The part of a process's resident memory that is files mapped read-only (the runtime's and the app's
# code): shared with every other process that maps them, in MiB.
file_rss_mib() {
    awk '/^RssFile:/ { printf "%d\n", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || echo 0
}
