#!/usr/bin/env bash
# Builds the whole test suite with AddressSanitizer (+ LeakSanitizer) and UndefinedBehaviorSanitizer and runs
# it. Exits non-zero if a test fails or if any sanitizer reports anything, in a test or in a process a test
# starts (the smtpdesk program is instrumented too). Every report is printed in full at the end.
#
#   scripts/sanitize.sh                  configure, build, run every test but packaging_deb
#   scripts/sanitize.sh -R smtpclient    extra arguments go to ctest (here: only tests matching "smtpclient")
#
# Environment:
#   SMTPDESK_ASAN_BUILD_DIR   build directory (default: build-asan next to the sources)
#   SMTPDESK_ASAN_BUILD_TYPE  Debug (default) or RelWithDebInfo (then compiled with -O1: faster tests)
#   SMTPDESK_IT_PORT_BASE     first of the four ports of the real-server test (default here 20587, so this
#                             suite can run while ./test.sh uses the rig's default ports)
#
# Not run here: packaging_deb, which builds the .deb with CPack and checks it with lintian: a package of a
# sanitizer build (linked to libasan, stripped of nothing) is nothing anyone should ship or check; ./test.sh
# runs it on the normal build. The other packaging tests run here too (the man page test runs the program).
set -euo pipefail
# shellcheck source=SCRIPTDIR/setup.sh
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

build="${SMTPDESK_ASAN_BUILD_DIR:-$smtpdesk_root/build-asan}"
build_type="${SMTPDESK_ASAN_BUILD_TYPE:-Debug}"
sanitizers_dir="$smtpdesk_root/scripts/sanitizers"

smtpdesk_install_missing "${smtpdesk_test_packages[@]}"

# --- Configure and build ------------------------------------------------------------------------------------
werror=OFF
[ "${CI:-}" = "true" ] && werror=ON
cmake_args=(
    -DCMAKE_BUILD_TYPE="$build_type"
    -DSMTPDESK_ENABLE_ASAN=ON -DSMTPDESK_ENABLE_UBSAN=ON
    -DSMTPDESK_BUILD_BENCH=OFF -DSMTPDESK_BUILD_TESTS=ON
    -DSMTPDESK_WARNINGS_AS_ERRORS="$werror"
    # GCC links two runtimes, libasan.so and libubsan.so, each with its own copy of the report code;
    # libubsan's call that opens log_path binds to libasan's copy, so UBSan reports would always go to
    # stderr, where a test that runs the smtpdesk program and reads its output would swallow them. Linked
    # statically, UBSan keeps its own log file.
    -DCMAKE_EXE_LINKER_FLAGS=-static-libubsan
)
# -O1 keeps the stack traces readable; RelWithDebInfo's default -O2 inlines too much of them away.
[ "$build_type" = RelWithDebInfo ] && cmake_args+=(-DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g")

start=$SECONDS
if [ ! -f "$build/build.ninja" ]; then
    # GCC, as in the normal build; the sanitizer runtimes are libasan8 and libubsan1, which g++ brings.
    CC=gcc CXX=g++ cmake -S "$smtpdesk_root" -B "$build" -G Ninja "${cmake_args[@]}"
else
    cmake "$build" "${cmake_args[@]}" >/dev/null
fi
cmake --build "$build" --parallel "$(nproc)"
build_seconds=$((SECONDS - start))

# --- Run ----------------------------------------------------------------------------------------------------
# Reports go to files (one per process, name.PID) rather than to stderr: a report from a child process (the
# smtpdesk program a test starts) would otherwise be swallowed by the test that reads its output.
logs="$build/sanitizer-logs"
rm -rf "$logs"
mkdir -p "$logs"

asan_options=(
    detect_leaks=1                  # LeakSanitizer at exit
    abort_on_error=1                # a finding ends the process with SIGABRT: no test mistakes it for success
    halt_on_error=1
    strict_string_checks=1          # check the whole string for strlen/strcmp & co, not only the bytes read
    detect_stack_use_after_return=1
    check_initialization_order=1    # static initialisation order fiasco
    strict_init_order=1
    detect_odr_violation=2
    disable_coredump=1
    log_path="$logs/asan"
)
lsan_options=(
    suppressions="$sanitizers_dir/lsan.supp"
    print_suppressions=0
)
ubsan_options=(
    print_stacktrace=1
    halt_on_error=1
    abort_on_error=1
    report_error_type=1
    suppressions="$sanitizers_dir/ubsan.supp"
    log_path="$logs/ubsan"
)
join() { local IFS=:; echo "$*"; }
ASAN_OPTIONS="$(join "${asan_options[@]}")"
LSAN_OPTIONS="$(join "${lsan_options[@]}")"
UBSAN_OPTIONS="$(join "${ubsan_options[@]}")"
export ASAN_OPTIONS LSAN_OPTIONS UBSAN_OPTIONS
export QT_QPA_PLATFORM=offscreen
export QT_LOGGING_RULES="${QT_LOGGING_RULES:-qt.qpa.*=false}"
export SMTPDESK_IT_PORT_BASE="${SMTPDESK_IT_PORT_BASE:-20587}"

echo "==> ASAN_OPTIONS=$ASAN_OPTIONS"
echo "==> LSAN_OPTIONS=$LSAN_OPTIONS"
echo "==> UBSAN_OPTIONS=$UBSAN_OPTIONS"

start=$SECONDS
status=0
# The sanitizers make tests 2-5 times slower; --timeout only covers tests without their own TIMEOUT.
(cd "$build" && ctest --output-on-failure --test-output-size-failed 100000000 --parallel "$(nproc)" \
    --timeout 900 --exclude-regex '^packaging_deb$' "$@") || status=$?
test_seconds=$((SECONDS - start))

# --- Every report, in full ----------------------------------------------------------------------------------
reports=0
for report in "$logs"/*; do
    [ -e "$report" ] || continue
    [ -s "$report" ] || continue
    reports=$((reports + 1))
    echo
    echo "==> Sanitizer report $(basename "$report"):"
    cat "$report"
done

echo
echo "==> Sanitizer build: configure + build ${build_seconds}s, tests ${test_seconds}s ($(nproc) cores," \
     "load average now $(cut -d' ' -f1-3 /proc/loadavg))"
if [ "$reports" -gt 0 ]; then
    echo "==> FAILED: $reports sanitizer report(s), in $logs" >&2
    exit 1
fi
if [ "$status" -ne 0 ]; then
    echo "==> FAILED: ctest exited with status $status" >&2
    exit "$status"
fi
echo "==> OK: every test passed with no sanitizer report"
