#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan, UBSan) in their own build tree and runs them.
#
#   tests/fuzz/run.sh TARGET|all SECONDS         fuzz each target for SECONDS
#   tests/fuzz/run.sh --replay TARGET FOLDER     run every input in FOLDER once (e.g. a corpus a long run grew)
#
# TARGET is one of fuzz_replyreader fuzz_replydecoder fuzz_ehlo fuzz_search fuzz_catalogloader (the "fuzz_"
# may be left out). Each target runs for SECONDS on a copy of its seed corpus in a temporary folder (the
# committed corpus is never touched), one target at a time. The exit status is non-zero when any target
# crashed, leaked, hit undefined behaviour, timed out or ran out of memory; the reproducer's path is printed.
#
# Environment:
#   SMTPDESK_FUZZ_FLAVOUR   asan (default): ASan + LSan + UBSan; fast: UBSan only, the plain allocator, several
#                           times the executions per second (for long runs; replay their corpus with asan)
#   SMTPDESK_FUZZ_BUILD_DIR build tree (default: <repo>/build-fuzz, or <repo>/build-fuzz-fast)
#   SMTPDESK_FUZZ_KEEP=1    keeps the working folders (grown corpus, logs)
#   SMTPDESK_FUZZ_ARGS      extra libFuzzer flags (e.g. "-seed=1")
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
flavour="${SMTPDESK_FUZZ_FLAVOUR:-asan}"
case "$flavour" in
    asan) build="${SMTPDESK_FUZZ_BUILD_DIR:-$root/build-fuzz}" asan=ON ;;
    fast) build="${SMTPDESK_FUZZ_BUILD_DIR:-$root/build-fuzz-fast}" asan=OFF ;;
    *) echo "SMTPDESK_FUZZ_FLAVOUR must be asan or fast, not '$flavour'" >&2; exit 2 ;;
esac
all_targets=(fuzz_replyreader fuzz_replydecoder fuzz_ehlo fuzz_search fuzz_catalogloader)

usage() {
    echo "usage: $0 TARGET|all SECONDS" >&2
    echo "       $0 --replay TARGET FOLDER" >&2
    echo "targets: ${all_targets[*]}" >&2
    exit 2
}

pick_target() {
    local target="fuzz_${1#fuzz_}"
    [[ " ${all_targets[*]} " == *" $target "* ]] || usage
    targets=("$target")
}

replay=""
if [[ "${1:-}" == --replay ]]; then
    [[ $# -eq 3 && -d "$3" ]] || usage
    pick_target "$2"
    replay="$(cd "$3" && pwd)"
else
    [[ $# -eq 2 ]] || usage
    [[ "$2" =~ ^[1-9][0-9]*$ ]] || usage
    seconds="$2"
    if [[ "$1" == all ]]; then
        targets=("${all_targets[@]}")
    else
        pick_target "$1"
    fi
fi

# --- Toolchain: clang with its libFuzzer runtime ------------------------------------------------------------------
have_libfuzzer() {
    command -v clang >/dev/null && command -v clang++ >/dev/null || return 1
    local dir
    dir="$(clang++ -print-resource-dir 2>/dev/null)" || return 1
    [[ -f "$dir/lib/linux/libclang_rt.fuzzer-$(uname -m).a" ]]
}
if ! have_libfuzzer; then
    echo "== Installing clang and libclang-rt-14-dev (libFuzzer runtime)"
    if [[ "$(id -u)" -eq 0 ]]; then
        as_root=()
    elif command -v sudo >/dev/null; then
        as_root=(sudo)
    else
        echo "error: clang and libclang-rt-14-dev are needed; run as root or: apt-get install clang libclang-rt-14-dev" >&2
        exit 1
    fi
    "${as_root[@]}" apt-get update
    DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y --no-install-recommends clang libclang-rt-14-dev
    have_libfuzzer || { echo "error: clang's libFuzzer runtime is still missing" >&2; exit 1; }
fi

# --- Build ----------------------------------------------------------------------------------------------------------
if [[ ! -f "$build/CMakeCache.txt" ]]; then
    generator=()
    command -v ninja >/dev/null && generator=(-G Ninja)
    echo "== Configuring $build ($flavour)"
    CC=clang CXX=clang++ cmake -S "$here" -B "$build" "${generator[@]}" -DSMTPDESK_FUZZ_ASAN=$asan
fi
echo "== Building ${targets[*]}"
start=$(date +%s)
cmake --build "$build" --target "${targets[@]}"
echo "== Build took $(( $(date +%s) - start )) s"

# --- Run ------------------------------------------------------------------------------------------------------------
# Real EHLO replies stay well under 1 KB; longer inputs only make thousands of tiny lines, which the reply
# reader's own target covers with its limits.
declare -A max_len=([fuzz_replyreader]=8192 [fuzz_replydecoder]=16384 [fuzz_ehlo]=1024 [fuzz_search]=512
                    [fuzz_catalogloader]=16384)
# A smaller quarantine than ASan's 256 MB keeps the big catalog loads fast and the machine usable.
export ASAN_OPTIONS="${ASAN_OPTIONS:-quarantine_size_mb=64:detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export QT_LOGGING_RULES="${QT_LOGGING_RULES:-*.debug=false}"

if [[ -n "$replay" ]]; then
    count=$(find "$replay" -maxdepth 1 -type f | wc -l)
    echo "== Replaying $count inputs from $replay through ${targets[0]} ($flavour)"
    start=$(date +%s)
    # -runs=0: execute every input of the corpus folder once, fuzz nothing.
    "$build/${targets[0]}" -runs=0 -timeout=10 -rss_limit_mb=2048 "$replay"
    echo "== $count inputs replayed without a finding in $(( $(date +%s) - start )) s"
    exit 0
fi

failed=0
summary=()
for target in "${targets[@]}"; do
    work="$(mktemp -d "${TMPDIR:-/tmp}/smtpdesk-$target-XXXXXX")"
    mkdir -p "$work/corpus" "$work/artifacts"
    cp -R "$here/corpus/$target/." "$work/corpus/" 2>/dev/null || true
    # Inputs long runs found new coverage with (libFuzzer -merge=1), kept apart from make_corpus.py's seeds.
    cp -R "$here/corpus-grown/$target/." "$work/corpus/" 2>/dev/null || true
    # Past findings run first with the seeds, so a regression shows at once.
    for old in "$here/crashes/$target"-*; do
        [[ -e "$old" ]] && cp "$old" "$work/corpus/"
    done
    args=(-max_total_time="$seconds" -print_final_stats=1 -timeout=10 -rss_limit_mb=2048
          -max_len="${max_len[$target]}" -artifact_prefix="$work/artifacts/")
    [[ -f "$here/dict/$target.dict" ]] && args+=(-dict="$here/dict/$target.dict")
    # shellcheck disable=SC2206 # word splitting of the extra flags is wanted
    args+=(${SMTPDESK_FUZZ_ARGS:-})
    echo "== Running $target for $seconds s (working folder $work)"
    status=0
    (cd "$work" && "$build/$target" "${args[@]}" corpus) >"$work/log.txt" 2>&1 || status=$?
    grep -E '^(stat::|Done |INFO: Seed)' "$work/log.txt" || true
    execs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/log.txt" | tail -1)"
    rate="$(sed -n 's/^stat::average_exec_per_sec: *//p' "$work/log.txt" | tail -1)"
    if [[ -z "$execs" ]]; then # -fork mode prints no final stats: take the last status line
        last="$(grep -E '^#[0-9]+: ' "$work/log.txt" | tail -1)"
        execs="$(sed -E 's/^#([0-9]+):.*/\1/' <<<"$last")"
        elapsed="$(sed -nE 's/.* time: ([0-9]+)s.*/\1/p' <<<"$last")"
        if [[ -n "$execs" && -n "$elapsed" && "$elapsed" -gt 0 ]]; then
            rate=$(( execs / elapsed ))
        fi
    fi
    reproducers=()
    for artifact in "$work"/artifacts/{crash,leak,timeout,oom}-*; do
        [[ -e "$artifact" ]] && reproducers+=("$artifact")
    done
    if [[ $status -ne 0 || ${#reproducers[@]} -gt 0 ]]; then
        failed=1
        echo "!! $target FAILED (exit status $status); log: $work/log.txt" >&2
        grep -E -m5 -A25 '^(==[0-9]+==ERROR|==FUZZ CHECK FAILED|.*runtime error:|==[0-9]+== ERROR: libFuzzer)' \
            "$work/log.txt" >&2 || tail -40 "$work/log.txt" >&2
        for artifact in "${reproducers[@]}"; do
            echo "!! reproducer: $artifact  (replay: $build/$target $artifact)" >&2
        done
        summary+=("$target: FAILED after ${execs:-?} executions (${rate:-?}/s); see $work")
    else
        summary+=("$target: ok, ${execs:-?} executions (${rate:-?}/s)")
        [[ "${SMTPDESK_FUZZ_KEEP:-0}" == 1 ]] || rm -rf "$work"
    fi
done

echo "== Summary"
printf '   %s\n' "${summary[@]}"
exit $failed
