#!/usr/bin/env bash
# appstreamcli validate on the AppStream metainfo, offline and pedantic: errors and warnings fail; infos and
# pedantic notes are printed (the upper-case letters of the reverse-DNS id are one of them, and intended).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
metainfo=$1
require_tool appstreamcli appstream

appstreamcli validate --no-net --pedantic --explain "$metainfo" ||
    fail "appstreamcli found errors or warnings in $metainfo"
